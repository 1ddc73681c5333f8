package issim.experiments.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import issim.core.observe.MonthlyReport;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pair of runs behind one tab: stepping, switching from a month, resetting, determinism. */
class SessionTest {
    private static Demo demo;

    @BeforeAll
    static void warmUp() {
        demo = TinyDemo.sameOnBothSides();
    }

    private static void steps(Session s, int n) {
        for (int i = 0; i < n; i++) {
            s.step();
        }
    }

    @Test
    void theSameScenarioOnBothSidesGivesTheSamePanels() {
        Session s = new Session(demo);
        steps(s, 6);
        assertEquals(6, s.left().month());
        assertEquals(s.left().reports(), s.right().reports());
        assertEquals(s.left().view().get("series"), s.right().view().get("series"));
    }

    @Test
    void aSwitchChangesTheIntegratedPanelFromItsMonthOnly() {
        Session s = new Session(demo);
        steps(s, 3);
        s.flip(Toggle.CO_LOCATION);
        steps(s, 5);
        List<MonthlyReport> left = s.left().reports(), right = s.right().reports();
        assertEquals(left.subList(0, 3), right.subList(0, 3), "the panels agree until the switch");
        // Month 4 books the co-located teams' set-up costs.
        assertNotEquals(left.get(3).value("cost"), right.get(3).value("cost"));

        // The silo panel is the silo run, untouched by the switch.
        Session plain = new Session(demo);
        steps(plain, 8);
        assertEquals(plain.left().reports(), left);
    }

    @Test
    void aSwitchedRunIsReproducible() throws Exception {
        Session a = new Session(demo), b = new Session(demo);
        for (Session s : List.of(a, b)) {
            steps(s, 2);
            s.flip(Toggle.BLAME_CULTURE);
            s.flip(Toggle.COMMON_ASSESSMENT);
            steps(s, 4);
        }
        assertEquals(a.right().reports(), b.right().reports());
        ObjectMapper json = new ObjectMapper();
        assertEquals(json.writeValueAsString(a.view()), json.writeValueAsString(b.view()));
    }

    @Test
    void aSwitchFlipsOnceAndResetStartsAgain() {
        Session s = new Session(demo);
        s.step();
        s.flip(Toggle.INFORMATION_SHARING);
        assertThrows(IllegalStateException.class, () -> s.flip(Toggle.INFORMATION_SHARING));
        assertTrue(on(s, "informationSharing"));
        s.reset();
        assertEquals(0, s.left().month());
        assertFalse(on(s, "informationSharing"));
        s.flip(Toggle.INFORMATION_SHARING);
    }

    @Test
    void theRunStopsAtItsHorizon() {
        Session s = new Session(demo);
        steps(s, 30);
        assertEquals(24, s.left().month());
        assertTrue(s.left().finished());
    }

    @Test
    void switchesShowTheIntegratedScenariosOwnInterventions() {
        Session s =
                new Session(
                        new Demo(
                                TinyDemo.scenario("silo", "baseline"),
                                TinyDemo.scenario(
                                        "officer", "school-police-officer-detection-target"),
                                7));
        assertFalse(on(s, "officerFocus"), "a detection target is not a prevention focus");
        assertThrows(IllegalStateException.class, () -> s.flip(Toggle.OFFICER_FOCUS));
        assertTrue(on(s, "blameCulture"));
        s.flip(Toggle.BLAME_CULTURE);
        assertFalse(on(s, "blameCulture"));
    }

    @SuppressWarnings("unchecked")
    private static boolean on(Session s, String key) {
        var toggles = (List<java.util.Map<String, Object>>) s.right().view().get("toggles");
        return toggles.stream()
                .filter(t -> t.get("key").equals(key))
                .map(t -> (Boolean) t.get("on"))
                .findFirst()
                .orElseThrow();
    }
}
