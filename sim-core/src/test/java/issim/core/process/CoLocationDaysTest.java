package issim.core.process;

import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.core.TestWorlds;
import issim.core.World;
import issim.core.domain.AgencyKind;
import issim.core.domain.Outcome;
import issim.core.intervention.CoLocatedTeams;
import issim.core.model.Child;
import issim.core.model.Practitioner;
import issim.core.model.Site;
import issim.core.params.CoLocation;
import issim.core.params.ModelParameters;
import issim.core.params.ParameterPaths;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Co-location works through the days practitioners share a school (docs/ODD.md §7.3, §7.4). */
class CoLocationDaysTest {
    private static final ModelParameters SMALL = TestWorlds.small(365);

    @Test
    void coLocationsEffectsScaleWithTheDaysOnSite() {
        double[] rate = new double[2];
        double[] sharing = new double[2];
        int[] days = {2, 5};
        for (int i = 0; i < 2; i++) {
            World w = TestWorlds.started(SMALL, 10);
            Context ctx = w.context();
            CoLocation p =
                    ParameterPaths.with(
                            ParameterPaths.with(CoLocation.off().on(1), "hostSchools", List.of(1)),
                            "daysPerWeek",
                            days[i]);
            new CoLocatedTeams(ctx, p, w.levels()).start();
            Site host = ctx.locality().secondarySchools().get(0);
            Child pupil =
                    ctx.population().children().stream()
                            .filter(c -> c.school() == host)
                            .findFirst()
                            .orElseThrow();
            pupil.setOutcome(Outcome.STAY_SAFE.ordinal(), 0.3);
            rate[i] = w.noticing().computeRates(pupil);
            Practitioner teacher = w.handlers().of(pupil, AgencyKind.SCHOOL);
            Practitioner sw = ctx.locality().colocatedAt(host, AgencyKind.SOCIAL_CARE);
            sharing[i] =
                    w.sharing()
                            .probability(
                                    pupil,
                                    teacher,
                                    sw,
                                    InformationSharing.sharedWeek(teacher, sw, host));
        }
        assertTrue(
                rate[0] < rate[1],
                "two days a week see less than five: " + rate[0] + " vs " + rate[1]);
        assertTrue(sharing[0] < sharing[1], "and share less: " + sharing[0] + " vs " + sharing[1]);
    }
}
