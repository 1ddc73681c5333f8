package issim.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.core.TestWorlds;
import issim.core.World;
import issim.core.domain.AgencyKind;
import issim.core.intervention.CoLocatedTeams;
import issim.core.model.Practitioner;
import issim.core.model.Site;
import issim.core.observe.Tally;
import issim.core.params.CoLocation;
import issim.core.params.ModelParameters;
import issim.core.params.ParameterPaths;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Practitioners leave and are replaced (docs/ODD.md §7.11): about a tenth of posts a year, and the
 * trust co-location built is lost with the people who built it.
 */
class TurnoverTest {
    @Test
    void aboutATenthOfPostsTurnOverEachYear() {
        long replaced = 0, postYears = 0;
        for (long seed = 1; seed <= 10; seed++) {
            World w = TestWorlds.started(TestWorlds.small(365), seed);
            Turnover t = new Turnover(w.context());
            long before = w.counters().get(Tally.PRACTITIONERS_REPLACED);
            for (int m = 0; m < 60; m++) {
                t.month();
            }
            replaced += w.counters().get(Tally.PRACTITIONERS_REPLACED) - before;
            postYears += 5L * w.locality().practitioners().size();
        }
        // About 2,000 post-years: a binomial SD of under 0.007 around 0.1.
        assertEquals(0.1, replaced / (double) postYears, 0.025);
    }

    @Test
    void coLocatedTrustIsLostWithThePeopleWhoBuiltIt() {
        double[] settled = new double[2];
        double[] rates = {0, 0.3};
        for (int i = 0; i < 2; i++) {
            ModelParameters p =
                    ParameterPaths.with(TestWorlds.small(365), "workforce.turnoverRate", rates[i]);
            double sum = 0;
            int pairs = 0;
            for (long seed = 1; seed <= 5; seed++) {
                World w = TestWorlds.started(p, seed);
                Context ctx = w.context();
                CoLocation co =
                        ParameterPaths.with(CoLocation.off().on(1), "hostSchools", List.of(1));
                new CoLocatedTeams(ctx, co, w.levels()).start();
                Site host = ctx.locality().secondarySchools().get(0);
                Practitioner sw = ctx.locality().colocatedAt(host, AgencyKind.SOCIAL_CARE);
                TrustDynamics dynamics = new TrustDynamics(ctx);
                Turnover turnover = new Turnover(ctx);
                for (int week = 1; week <= 104; week++) {
                    dynamics.week();
                    if (week % 4 == 0) {
                        turnover.month();
                    }
                }
                for (Practitioner lead : ctx.locality().pastoralStaff(host)) {
                    sum += ctx.trust().get(sw, lead);
                    pairs++;
                }
            }
            settled[i] = sum / pairs;
        }
        assertTrue(
                settled[1] < settled[0] - 0.05,
                "with turnover " + settled[1] + ", without " + settled[0]);
    }

    /**
     * A vacancy is covered by agency staff for {@code workforce.vacancyMonths}, at the agency
     * premium (docs/ODD.md §7.11): in steady state the share of posts under cover is about the
     * turnover rate times the months of cover over twelve, a tenth with the defaults (Social Work
     * Task Force 2009: vacancies 9.5%); a covered post costs the premium, and cover ends.
     */
    @Test
    void vacantPostsAreCoveredByAgencyStaffAtAPremiumUntilAppointment() {
        long covered = 0, postMonths = 0;
        for (long seed = 1; seed <= 10; seed++) {
            World w = TestWorlds.started(TestWorlds.small(365), seed);
            Turnover t = new Turnover(w.context());
            for (int m = 0; m < 36; m++) {
                t.month();
                if (m >= 12) { // once the first cohort of cover has come and gone
                    for (Practitioner pr : w.locality().practitioners()) {
                        covered += pr.agencyStaff() ? 1 : 0;
                        postMonths++;
                    }
                }
            }
        }
        // About 24,000 post-months of a process with a tenth under cover; the margin is wide of
        // the month-to-month correlation of cover.
        assertEquals(0.1, covered / (double) postMonths, 0.025);

        ModelParameters p = TestWorlds.small(365);
        World w = TestWorlds.started(p, 1);
        Practitioner pr = w.locality().practitioners().get(0);
        pr.coverByAgency(0); // filled, whatever the warm-up left
        double staffCost = p.agencies().of(pr.agency()).staffCost();
        Costs costs = new Costs(w.context());
        double before = w.counters().cost(pr.agency());
        costs.month();
        double filled = w.counters().cost(pr.agency()) - before;
        pr.coverByAgency(2);
        before = w.counters().cost(pr.agency());
        costs.month();
        double underCover = w.counters().cost(pr.agency()) - before;
        assertEquals(
                (p.workforce().agencyPremium() - 1) * staffCost / 12, underCover - filled, 1e-6);
        pr.monthOfCover();
        pr.monthOfCover();
        assertFalse(pr.agencyStaff(), "cover ends at the appointment");
    }

    /**
     * The permanent appointment at the end of agency cover is a second newcomer (docs/ODD.md
     * §7.11): the trust others had built with the agency worker goes, and the count of newcomers
     * rises.
     */
    @Test
    void thePermanentAppointeeIsASecondNewcomer() {
        ModelParameters p =
                ParameterPaths.with(TestWorlds.small(365), "workforce.turnoverRate", 0.0);
        World w = TestWorlds.started(p, 2);
        Context ctx = w.context();
        Practitioner pr = w.locality().practitioners().get(0);
        Practitioner other = w.locality().practitioners().get(1);
        pr.coverByAgency(2);
        ctx.trust().set(other, pr, 0.95);
        int before = pr.newcomers();
        Turnover turnover = new Turnover(ctx);
        turnover.month();
        assertEquals(before, pr.newcomers(), "still under cover");
        assertEquals(0.95, ctx.trust().get(other, pr), 1e-6);
        turnover.month();
        assertEquals(before + 1, pr.newcomers(), "appointed at the end of cover");
        assertFalse(pr.agencyStaff());
        assertTrue(ctx.trust().get(other, pr) < 0.95, "trust starts again");
        assertEquals(1, w.counters().get(Tally.PERMANENT_APPOINTMENTS));
        turnover.month();
        assertEquals(before + 1, pr.newcomers(), "and only once");
    }
}
