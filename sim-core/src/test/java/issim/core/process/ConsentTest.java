package issim.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.core.TestWorlds;
import issim.core.World;
import issim.core.domain.AgencyKind;
import issim.core.domain.Outcome;
import issim.core.model.Child;
import issim.core.model.Practitioner;
import issim.core.params.ModelParameters;
import issim.core.params.ParameterPaths;
import org.junit.jupiter.api.Test;

/**
 * Consent as the guidance of the era says (docs/ODD.md §7.4; HM Government 2008): a concern about a
 * risk of significant harm is shared without the family's consent; other sharing waits for it.
 */
class ConsentTest {
    private static final ModelParameters SMALL = TestWorlds.small(365);

    /** A school pupil whose school knows of a need, in a family with no trust in health. */
    private static Child pupil(World w, double safety) {
        for (Child c : w.population().children()) {
            if (c.present()
                    && c.school() != null
                    && w.handlers().of(c, AgencyKind.HEALTH) != null) {
                c.setOutcome(Outcome.STAY_SAFE.ordinal(), safety);
                c.setOutcome(Outcome.ENJOY_AND_ACHIEVE.ordinal(), 0.3);
                c.learn(
                        AgencyKind.SCHOOL,
                        Outcome.STAY_SAFE.bit() | Outcome.ENJOY_AND_ACHIEVE.bit());
                c.family().setTrust(AgencyKind.HEALTH, 0);
                return c;
            }
        }
        throw new AssertionError("no pupil");
    }

    /**
     * The chance the school shares with health about the child, with consent as the family gives
     * it, and with full consent.
     */
    private static double[] chances(World w, Child c) {
        Practitioner teacher = w.handlers().of(c, AgencyKind.SCHOOL);
        Practitioner nurse = w.handlers().of(c, AgencyKind.HEALTH);
        double asGiven = w.sharing().probability(c, teacher, nurse, 0);
        c.family().setTrust(AgencyKind.HEALTH, 1);
        double full = w.sharing().probability(c, teacher, nurse, 0);
        c.family().setTrust(AgencyKind.HEALTH, 0);
        return new double[] {asGiven, full};
    }

    @Test
    void aRiskOfSignificantHarmIsSharedWithoutConsent() {
        World w = TestWorlds.started(SMALL, 1);
        Child c = pupil(w, 0.05); // severe: at the safeguarding threshold
        assertTrue(w.sharing().harmKnown(c, w.handlers().of(c, AgencyKind.SCHOOL)));
        double[] p = chances(w, c);
        assertTrue(p[1] > 0);
        assertEquals(p[1], p[0], 1e-12, "a family's refusal does not stop it");
    }

    @Test
    void otherSharingWaitsForConsent() {
        World w = TestWorlds.started(SMALL, 1);
        Child c = pupil(w, 0.95); // no safety concern: only the learning need
        assertFalse(w.sharing().harmKnown(c, w.handlers().of(c, AgencyKind.SCHOOL)));
        double[] p = chances(w, c);
        assertTrue(p[1] > 0);
        assertEquals(SMALL.sharing().consentAtNoTrust() * p[1], p[0], 1e-12);
    }

    @Test
    void withoutTheRuleEverythingWaitsForConsent() {
        ModelParameters asking = ParameterPaths.with(SMALL, "sharing.harmOverridesConsent", false);
        World w = TestWorlds.started(asking, 1);
        Child c = pupil(w, 0.05);
        assertFalse(w.sharing().harmKnown(c, w.handlers().of(c, AgencyKind.SCHOOL)));
        double[] p = chances(w, c);
        assertEquals(asking.sharing().consentAtNoTrust() * p[1], p[0], 1e-12);
    }
}
