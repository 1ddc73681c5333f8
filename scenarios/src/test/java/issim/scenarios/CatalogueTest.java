package issim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.core.domain.AgencyKind;
import issim.core.params.ModelParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogueTest {

    static List<String> names() {
        return Catalogue.NAMES;
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyBundledScenarioLoadsAndSaysWhatItIsAndWhereItComesFrom(String name)
            throws ScenarioException {
        String text = Catalogue.text(name);
        assertTrue(text.startsWith("# "), name + " should open with a comment");
        assertTrue(
                text.lines()
                        .takeWhile(l -> l.startsWith("#"))
                        .anyMatch(l -> l.matches(".*\\b00[0-4]\\b.*")),
                name + " should cite a seed report in its opening comment");
        Scenario s = ScenarioLoader.load(name);
        assertEquals(name, s.name());
        assertFalse(s.description().isBlank());
    }

    @Test
    void theBaselineIsTheModelsDefaults() throws ScenarioException {
        assertEquals(ModelParameters.defaults(), ScenarioLoader.load("baseline").parameters());
    }

    @Test
    void eachScenarioChangesWhatItsNameSays() throws ScenarioException {
        var co = ScenarioLoader.load("co-location").parameters().interventions().coLocation();
        assertTrue(co.enabled());
        assertEquals(
                List.of(AgencyKind.SOCIAL_CARE, AgencyKind.HEALTH, AgencyKind.SCHOOL),
                co.agencies());
        var officer =
                ScenarioLoader.load("school-police-officer")
                        .parameters()
                        .interventions()
                        .schoolPoliceOfficer();
        assertTrue(officer.enabled() && !officer.detectionTarget());
        assertEquals(0.3, officer.salaryShare());
        assertTrue(
                ScenarioLoader.load("school-police-officer-detection-target")
                        .parameters()
                        .interventions()
                        .schoolPoliceOfficer()
                        .detectionTarget());
        assertTrue(
                ScenarioLoader.load("three-tier-prevention")
                        .parameters()
                        .interventions()
                        .threeTier()
                        .enabled());
        assertTrue(
                ScenarioLoader.load("caf-team-around-the-child")
                        .parameters()
                        .interventions()
                        .commonAssessment()
                        .lineManagerSupport());
        assertTrue(
                ScenarioLoader.load("integrated-services-leader")
                        .parameters()
                        .interventions()
                        .leader()
                        .enabled());
        assertTrue(
                ScenarioLoader.load("no-blame-culture")
                        .parameters()
                        .interventions()
                        .noBlameCulture()
                        .enabled());
        assertTrue(
                ScenarioLoader.load("caf-team-around-the-child")
                        .parameters()
                        .interventions()
                        .commonAssessment()
                        .enabled());
        assertTrue(
                ScenarioLoader.load("pooled-budgets")
                        .parameters()
                        .interventions()
                        .budgets()
                        .pooled());
        assertTrue(
                ScenarioLoader.load("joint-training")
                        .parameters()
                        .interventions()
                        .jointTraining()
                        .enabled());
        ModelParameters whole = ScenarioLoader.load("whole-system").parameters();
        assertTrue(
                whole.interventions().coLocation().enabled()
                        && whole.interventions().leader().enabled()
                        && whole.interventions().commonAssessment().lineManagerSupport()
                        && whole.interventions().commonAssessment().enabled()
                        && whole.interventions().noBlameCulture().enabled());
        assertFalse(whole.interventions().threeTier().enabled());
    }
}
