package issim.experiments.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import issim.core.World;
import issim.core.domain.AgencyKind;
import issim.core.domain.InterventionKind;
import issim.core.model.Child;
import issim.core.model.Practitioner;
import issim.core.observe.MonthlyReport;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
    void aSwitchAtTheEndOfTheRunIsRefused() {
        Session s = new Session(demo);
        steps(s, demo.horizonMonths());
        assertTrue(s.right().finished());
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> s.flip(Toggle.CO_LOCATION));
        assertTrue(e.getMessage().contains("the run has ended"), e.getMessage());
        assertFalse(
                (Boolean) toggle(s, "coLocation").get("on"), "the refused switch stays as it was");
    }

    @Test
    @SuppressWarnings("unchecked")
    void coLocationVisiblyStrengthensTheLinksBetweenTheAgenciesItBringsTogether() {
        Session s = new Session(demo);
        s.flip(Toggle.CO_LOCATION);
        steps(s, 12);
        int school = AgencyKind.SCHOOL.ordinal(), care = AgencyKind.SOCIAL_CARE.ordinal();
        double[][] silo = (double[][]) s.left().view().get("strongest"),
                together = (double[][]) s.right().view().get("strongest");
        // A year side by side in school: the pair the picture draws is strong (0.7 and more, the
        // page's top band); in the silo no school and social care pair comes near it.
        assertTrue(together[school][care] >= 0.7, "co-located: " + together[school][care]);
        assertTrue(silo[school][care] < 0.5, "silo: " + silo[school][care]);
        assertEquals(together[school][care], together[care][school], "both ways, one line");
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
    void aSwitchFlipsBothWaysAndResetStartsAgain() {
        Session s = new Session(demo);
        s.step();
        s.flip(Toggle.INFORMATION_SHARING);
        assertTrue(on(s, "informationSharing"));
        s.flip(Toggle.INFORMATION_SHARING);
        assertFalse(on(s, "informationSharing"), "withdrawn in the same month");
        s.step();
        s.flip(Toggle.INFORMATION_SHARING);
        assertTrue(on(s, "informationSharing"), "and started again");
        assertEquals(
                List.of(
                        Map.of("month", 1, "on", true),
                        Map.of("month", 1, "on", false),
                        Map.of("month", 2, "on", true)),
                toggle(s, "informationSharing").get("flips"));
        assertEquals(2, toggle(s, "informationSharing").get("flippedAt"));
        s.reset();
        assertEquals(0, s.left().month());
        assertFalse(on(s, "informationSharing"));
        assertEquals(List.of(), toggle(s, "informationSharing").get("flips"));
        assertNull(toggle(s, "informationSharing").get("flippedAt"));
    }

    @Test
    void onThenOffChangesTheIntegratedPanelOnlyFromTheFirstFlip() {
        Session s = new Session(demo);
        steps(s, 3);
        s.flip(Toggle.CO_LOCATION);
        steps(s, 3);
        World right = s.right().world();
        assertTrue(
                right.locality().practitioners().stream().anyMatch(Practitioner::colocated),
                "a team is based in the schools");
        s.flip(Toggle.CO_LOCATION);
        assertTrue(
                right.locality().practitioners().stream().noneMatch(Practitioner::colocated),
                "withdrawn: everyone is back at base");
        assertFalse(right.context().inForce(InterventionKind.CO_LOCATION));
        steps(s, 4);
        List<MonthlyReport> left = s.left().reports(), rightReports = s.right().reports();
        assertEquals(left.subList(0, 3), rightReports.subList(0, 3), "agree until the first flip");
        assertEquals(3, s.right().firstFlip());
        assertNotEquals(counter(s.left(), "cost"), counter(s.right(), "cost"));
        assertEquals(
                List.of(Map.of("month", 3, "on", true), Map.of("month", 6, "on", false)),
                toggle(s, "coLocation").get("flips"));

        // The silo panel is the silo run, untouched by either flip.
        Session plain = new Session(demo);
        steps(plain, 10);
        assertEquals(plain.left().reports(), left);
        assertEquals(plain.left().view().get("counters"), s.left().view().get("counters"));
    }

    @Test
    void replayingTheSameStepsAndFlipsReproducesTheSameState() throws Exception {
        Session a = new Session(demo), b = new Session(demo);
        for (Session s : List.of(a, b)) {
            steps(s, 2);
            s.flip(Toggle.BLAME_CULTURE);
            s.flip(Toggle.COMMON_ASSESSMENT);
            steps(s, 2);
            s.flip(Toggle.OFFICER_FOCUS);
            s.flip(Toggle.COMMON_ASSESSMENT);
            steps(s, 2);
            s.flip(Toggle.BLAME_CULTURE);
            s.flip(Toggle.OFFICER_FOCUS);
            s.flip(Toggle.COMMON_ASSESSMENT);
            steps(s, 2);
        }
        assertEquals(a.right().reports(), b.right().reports());
        ObjectMapper json = new ObjectMapper();
        assertEquals(json.writeValueAsString(a.view()), json.writeValueAsString(b.view()));
        // And after a reset, the same again from month 0.
        a.reset();
        steps(a, 8);
        assertEquals(
                json.writeValueAsString(new Session(demo).left().view().get("scenario")),
                json.writeValueAsString(a.left().view().get("scenario")));
        assertEquals(a.left().reports(), a.right().reports(), "no flip since the reset");
    }

    @Test
    void aScenariosOwnInterventionCanBeSwitchedOffAndOnAgain() {
        Demo coLocated =
                new Demo(
                        TinyDemo.scenario("silo", "baseline"),
                        TinyDemo.scenario(
                                "co",
                                "co-location",
                                "interventions:\n  coLocation:\n    schools: 2\n"),
                        7);
        Session s = new Session(coLocated);
        assertTrue(on(s, "coLocation"), "the scenario's own, due at day 0");
        s.flip(Toggle.CO_LOCATION);
        assertFalse(on(s, "coLocation"));
        steps(s, 4);
        assertEquals(
                s.left().reports(),
                s.right().reports(),
                "called off before its start, the integrated run is the silo's");

        Session t = new Session(coLocated);
        steps(t, 2);
        assertTrue(on(t, "coLocation"));
        assertTrue(
                t.right().world().locality().practitioners().stream()
                        .anyMatch(Practitioner::colocated));
        t.flip(Toggle.CO_LOCATION);
        assertTrue(
                t.right().world().locality().practitioners().stream()
                        .noneMatch(Practitioner::colocated));
        steps(t, 2);
        t.flip(Toggle.CO_LOCATION);
        assertTrue(on(t, "coLocation"), "on again, afresh");
        assertTrue(
                t.right().world().locality().practitioners().stream()
                        .anyMatch(Practitioner::colocated));
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
        assertEquals(false, toggle(s, "officerFocus").get("canFlip"));
        assertTrue(on(s, "blameCulture"));
        s.flip(Toggle.BLAME_CULTURE);
        assertFalse(on(s, "blameCulture"));
        s.flip(Toggle.BLAME_CULTURE);
        assertTrue(on(s, "blameCulture"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyCaptionNamesTheChildItHappenedToAndItsDotIsDrawn() {
        Session s = new Session(demo);
        Set<String> kinds = new TreeSet<>();
        for (int m = 0; m < 24; m++) {
            if (m == 5) {
                // A review held by hand, so the month has one whatever the run's own luck.
                World w = s.right().world();
                Child c = w.population().children().get(0);
                w.safeguarding()
                        .review(
                                c,
                                (1 << AgencyKind.SOCIAL_CARE.ordinal())
                                        | (1 << AgencyKind.SCHOOL.ordinal()));
            }
            s.step();
            for (Panel p : List.of(s.left(), s.right())) {
                Map<String, Object> view = p.view();
                var events = (List<Map<String, Object>>) view.get("events");
                Set<Integer> drawn = new HashSet<>();
                for (int[] c : (List<int[]>) view.get("children")) {
                    drawn.add(c[0]);
                }
                for (Map<String, Object> e : events) {
                    String text = (String) e.get("text");
                    int child = (Integer) e.get("child");
                    if (text.startsWith("and ")) {
                        assertEquals(-1, child, text);
                        continue;
                    }
                    kinds.add((String) e.get("kind"));
                    assertTrue(child >= 0, text);
                    assertTrue(text.startsWith("Child " + child + ":"), text);
                    boolean present = p.world().population().everyChild().get(child).present();
                    assertEquals(present, drawn.contains(child), "the dot of " + text);
                }
            }
        }
        assertEquals(Set.of("dropout", "lost", "review"), kinds);
    }

    @Test
    void aReviewIsCaptionedWithItsChildAndTheAgenciesInvolved() {
        Session s = new Session(demo);
        s.step();
        World w = s.right().world();
        Child c = w.population().children().get(3);
        w.safeguarding()
                .review(
                        c,
                        (1 << AgencyKind.SOCIAL_CARE.ordinal())
                                | (1 << AgencyKind.HEALTH.ordinal()));
        s.step();
        @SuppressWarnings("unchecked")
        var events = (List<Map<String, Object>>) s.right().view().get("events");
        Map<String, Object> first = events.get(0);
        assertEquals("review", first.get("kind"));
        assertEquals(c.id(), first.get("child"));
        assertEquals(
                "Child "
                        + c.id()
                        + ": a serious case review after harm (health and social care involved)",
                first.get("text"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> toggle(Session s, String key) {
        var toggles = (List<Map<String, Object>>) s.right().view().get("toggles");
        return toggles.stream().filter(t -> t.get("key").equals(key)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static double counter(Panel p, String key) {
        var counters = (List<Map<String, Object>>) p.view().get("counters");
        return counters.stream()
                .filter(c -> c.get("key").equals(key))
                .map(c -> (Double) c.get("value"))
                .findFirst()
                .orElseThrow();
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
