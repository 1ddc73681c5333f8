package issim.core.process;

import issim.core.World;
import issim.core.model.AgencyKind;
import issim.core.model.Child;
import issim.core.model.CommitmentStage;
import issim.core.model.Practitioner;
import issim.core.model.Site;
import issim.core.observe.Tally;
import issim.core.params.SharingParameters;

/**
 * Information sharing (DESIGN.md §2 process 4). A practitioner with a concern shares with, or asks,
 * the practitioners of other agencies who know the child — and, where a team is co-located in the
 * child's school, its members. Each exchange pools both agencies' fragments of the child's need.
 * Its chance rises with trust, commitment to integrated working and the family's consent, is higher
 * between co-located practitioners (000 case study 3), and falls with risk aversion.
 */
public final class InformationSharing {
    /**
     * Readiness to share by commitment stage: non-compliance, compliance, enrolment, commitment.
     */
    static final double[] STAGE_FACTOR = {0.4, 0.7, 1.0, 1.3};

    private final World world;
    private final SharingParameters p;

    public InformationSharing(World world) {
        this.world = world;
        this.p = world.params().sharing();
    }

    /**
     * Shares about {@code c} from {@code from} with each other agency involved; returns how many
     * shared.
     */
    public int shareAbout(Child c, Practitioner from) {
        int involved = c.agenciesInvolved();
        Site school = c.school();
        int shared = 0;
        for (AgencyKind other : AgencyKind.ALL_KINDS) {
            if (other == from.agency()) {
                continue;
            }
            Practitioner to = world.noticing().handler(c, other);
            if (to == null) {
                continue;
            }
            boolean together =
                    school != null
                            && from.daysAt(school) > 0
                            && to.daysAt(school) > 0
                            && (from.colocated() || to.colocated());
            if ((involved & (1 << other.ordinal())) == 0 && !together) {
                continue;
            }
            if (world.streams().services().nextDouble() < probability(c, from, to, together)) {
                exchange(c, from.agency(), other);
                shared++;
            }
        }
        return shared;
    }

    /** The chance {@code from} shares with {@code to} about {@code c}. */
    public double probability(Child c, Practitioner from, Practitioner to, boolean colocated) {
        double now = world.now();
        double consent = 0.5 + 0.5 * c.family().trust(to.agency());
        double fear = 1 - from.riskAversion(now, world.params().culture().riskAversionHalfLife());
        double q =
                p.shareBase()
                        * world.trust().get(from, to)
                        * STAGE_FACTOR[from.stage().ordinal()]
                        * consent
                        * fear;
        if (colocated) {
            q += p.colocationBonus() * fear;
        }
        return Math.max(0, Math.min(1, q));
    }

    /** Both agencies now hold what either knew. */
    public void exchange(Child c, AgencyKind a, AgencyKind b) {
        int pooled = c.known(a) | c.known(b);
        c.learn(a, pooled);
        c.learn(b, pooled);
        world.counters().add(Tally.SHARES);
    }

    static boolean committed(Practitioner p) {
        return p.stage().ordinal() >= CommitmentStage.ENROLMENT.ordinal();
    }
}
