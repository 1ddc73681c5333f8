package issim.core.process;

import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.core.TestWorlds;
import issim.core.World;
import issim.core.domain.AgencyKind;
import issim.core.intervention.CoLocatedTeams;
import issim.core.model.Practitioner;
import issim.core.model.Site;
import issim.core.params.CoLocation;
import issim.core.params.ModelParameters;
import issim.core.params.ParameterPaths;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Trust between co-located practitioners grows over months, not weeks (docs/ODD.md §7.11; 002 §4.6:
 * the local leaders became a cohesive group over the project's nine months): with the team in
 * school daily, a social worker's trust in the school's pastoral lead has closed under half of its
 * way to where it settles after a month, and most of it by nine months.
 */
class TrustPaceTest {
    @Test
    void coLocatedTrustGrowsOverMonths() {
        ModelParameters p = TestWorlds.small(365);
        World w = TestWorlds.started(p, 11);
        Context ctx = w.context();
        CoLocation co = ParameterPaths.with(CoLocation.off().on(1), "hostSchools", List.of(1));
        new CoLocatedTeams(ctx, co, w.levels()).start();
        Site host = ctx.locality().secondarySchools().get(0);
        Practitioner sw = ctx.locality().colocatedAt(host, AgencyKind.SOCIAL_CARE);
        Practitioner lead = ctx.locality().pastoralStaff(host).get(0);
        TrustDynamics dynamics = new TrustDynamics(ctx);
        double start = ctx.trust().get(sw, lead);
        double[] byWeek = new double[105];
        for (int week = 1; week < byWeek.length; week++) {
            dynamics.week();
            byWeek[week] = ctx.trust().get(sw, lead);
        }
        // Two years of weekly contact and nothing else: where it settles.
        double settled = byWeek[104];
        double month = (byWeek[4] - start) / (settled - start);
        double nineMonths = (byWeek[39] - start) / (settled - start);
        assertTrue(settled > start + 0.3, "co-location builds trust: " + start + " -> " + settled);
        assertTrue(month < 0.5, "a month closes " + month + " of the way");
        assertTrue(nineMonths > 0.8, "nine months close " + nineMonths + " of the way");
    }
}
