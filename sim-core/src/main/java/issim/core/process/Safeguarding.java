package issim.core.process;

import issim.core.World;
import issim.core.model.AgencyKind;
import issim.core.model.Child;
import issim.core.model.Outcome;
import issim.core.model.Practitioner;
import issim.core.observe.Tally;
import issim.core.params.CultureParameters;
import java.util.List;

/**
 * Escalation and harm (DESIGN.md §2 process 8; 004 ch.6). Significant harm brings social care in at
 * once with a protection plan; a serious case review may follow. In a blame culture the review
 * makes practitioners risk averse (less sharing, defensive referral, higher thresholds), is a
 * setback to integrated working and costs trust among the agencies involved; in a no-blame culture
 * it is a learning event that raises trust among them.
 */
public final class Safeguarding {
    private final World world;
    private final CultureParameters p;

    public Safeguarding(World world) {
        this.world = world;
        this.p = world.params().culture();
    }

    public void significantHarm(Child c) {
        double now = world.now();
        world.counters().add(Tally.SIGNIFICANT_HARM);
        world.need().advance(c, now);
        c.setOutcome(Outcome.STAY_SAFE.ordinal(), Math.min(c.outcome(Outcome.STAY_SAFE), 0.05));
        world.need().recomputeSetPoints(c);
        int involved = c.agenciesInvolved();
        c.learn(AgencyKind.SOCIAL_CARE, Outcome.STAY_SAFE.bit());
        if (!c.protectionPlan()) {
            Practitioner sw = world.noticing().handler(c, AgencyKind.SOCIAL_CARE);
            if (sw != null) {
                // Statutory: a protection plan is opened whatever the caseload.
                world.support().startAgencyPlan(c, AgencyKind.SOCIAL_CARE, sw, null);
            }
        }
        if (world.streams().services().nextDouble() < p.reviewProbability()) {
            review(involved | (1 << AgencyKind.SOCIAL_CARE.ordinal()));
        }
    }

    /** A serious case review of a case the agencies in {@code agencyMask} were involved in. */
    public void review(int agencyMask) {
        double now = world.now();
        world.counters().add(Tally.SERIOUS_CASE_REVIEWS);
        List<Practitioner> all = world.locality().practitioners();
        for (Practitioner a : all) {
            boolean aInvolved = (agencyMask & (1 << a.agency().ordinal())) != 0;
            if (p.blame()) {
                a.raiseRiskAversion(
                        now,
                        p.riskAversionHalfLife(),
                        aInvolved ? p.blameShock() : p.blameShock() / 2);
                if (aInvolved) {
                    a.addSetback();
                }
            }
            if (!aInvolved) {
                continue;
            }
            for (Practitioner b : all) {
                if (a.agency() != b.agency() && (agencyMask & (1 << b.agency().ordinal())) != 0) {
                    if (p.blame()) {
                        world.trust().lower(a, b, p.blameTrustLoss());
                    } else {
                        world.trust().raise(a, b, p.learningTrustGain());
                    }
                }
            }
        }
    }
}
