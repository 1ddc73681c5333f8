package issim.core.process;

import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.core.TestWorlds;
import issim.core.World;
import issim.core.domain.CommitmentStage;
import issim.core.model.Practitioner;
import issim.core.params.AdoptionParameters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Adoption of integrated working follows 004 ch.5 (docs/ODD.md §7.12): under full sponsorship the
 * change is paced over years, early adopters lead, the middle band follows, and a resistant
 * minority stays at or below formal compliance whatever the sponsorship.
 */
class AdoptionPaceTest {
    @Test
    void aResistantMinorityStaysWhileTheMiddleBandFollowsOverYears() {
        int resistantStayed = 0,
                resistantBelow = 0,
                middle = 0,
                middleUpAfterYear = 0,
                middleUpAfterFive = 0;
        int early = 0, earlyUpAfterYear = 0;
        // Twenty small worlds: about 900 practitioners in all.
        for (long seed = 1; seed <= 20; seed++) {
            World w = TestWorlds.started(TestWorlds.small(365), seed);
            Context ctx = w.context();
            AdoptionParameters p = ctx.params().adoption();
            w.adoption().addSponsorship(1.0);
            List<Practitioner> staff = ctx.locality().practitioners();
            Map<Practitioner, CommitmentStage> start = new HashMap<>();
            staff.forEach(pr -> start.put(pr, pr.stage()));
            Map<Practitioner, CommitmentStage> afterYear = new HashMap<>();
            for (int month = 1; month <= 60; month++) {
                w.adoption().month();
                if (month == 12) {
                    staff.forEach(pr -> afterYear.put(pr, pr.stage()));
                }
            }
            for (Practitioner pr : staff) {
                double r = ctx.streams().readiness(pr.id());
                boolean below =
                        start.get(pr).ordinal() <= CommitmentStage.FORMAL_COMPLIANCE.ordinal();
                if (r >= 1 - p.resistantShare()) {
                    if (below) {
                        resistantBelow++;
                        resistantStayed +=
                                pr.stage().ordinal() <= CommitmentStage.FORMAL_COMPLIANCE.ordinal()
                                        ? 1
                                        : 0;
                    }
                } else if (below) {
                    boolean earlyAdopter = r < p.earlyAdopterShare();
                    boolean upYear =
                            afterYear.get(pr).ordinal()
                                    > CommitmentStage.FORMAL_COMPLIANCE.ordinal();
                    if (earlyAdopter) {
                        early++;
                        earlyUpAfterYear += upYear ? 1 : 0;
                    } else {
                        middle++;
                        middleUpAfterYear += upYear ? 1 : 0;
                        middleUpAfterFive +=
                                pr.stage().ordinal() > CommitmentStage.FORMAL_COMPLIANCE.ordinal()
                                        ? 1
                                        : 0;
                    }
                }
            }
        }
        assertTrue(resistantBelow > 50, "resistant practitioners seen: " + resistantBelow);
        assertTrue(
                resistantStayed == resistantBelow,
                "the resistant minority stays at most compliant");
        double earlyYear = earlyUpAfterYear / (double) early;
        double middleYear = middleUpAfterYear / (double) middle;
        double middleFive = middleUpAfterFive / (double) middle;
        assertTrue(
                earlyYear > middleYear, "early adopters lead: " + earlyYear + " vs " + middleYear);
        assertTrue(middleYear < 0.8, "a year is not enough for the middle band: " + middleYear);
        assertTrue(middleFive > 0.8, "five years bring most of it along: " + middleFive);
    }
}
