package issim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each bad scenario gives exactly these messages: file, line, column, field, expected, found. */
class BadInputTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(
                        "unknown key with a suggestion",
                        "locality:\n  childen: 5000\n",
                        "bad.yaml:2:3: locality.childen: expected one of the keys of 'locality' (did you mean 'children'?), found the unknown key 'childen'"),
                Arguments.of(
                        "unknown top-level key",
                        "horizonDays: 100\n",
                        "bad.yaml:1:1: horizonDays: expected one of the keys of a scenario (description, run, locality, population, circumstances, need, agencies, trust, sharing, culture, adoption, youthJustice, unitCosts, workforce, pathway, care, interventions), found the unknown key 'horizonDays'"),
                Arguments.of(
                        "text for a number",
                        "locality:\n  children: ten\n",
                        "bad.yaml:2:13: locality.children: expected a whole number from 50 to 2000000, found the text 'ten'"),
                Arguments.of(
                        "below the range",
                        "locality:\n  children: 10\n",
                        "bad.yaml:2:13: locality.children: expected a whole number from 50 to 2000000, found 10"),
                Arguments.of(
                        "a decimal for a whole number",
                        "locality:\n  children: 5000.5\n",
                        "bad.yaml:2:13: locality.children: expected a whole number from 50 to 2000000, found 5000.5"),
                Arguments.of(
                        "above the range",
                        "need:\n  eventSeverity: 1.5\n",
                        "bad.yaml:2:18: need.eventSeverity: expected a number from 0 to 1, found 1.5"),
                Arguments.of(
                        "not a number",
                        "trust:\n  acrossAgencies: .nan\n",
                        "bad.yaml:2:19: trust.acrossAgencies: expected a number from 0 to 1, found .nan"),
                Arguments.of(
                        "text for a flag",
                        "culture:\n  blame: yes please\n",
                        "bad.yaml:2:10: culture.blame: expected true or false, found the text 'yes please'"),
                Arguments.of(
                        "a number for a flag",
                        "culture:\n  blame: 1\n",
                        "bad.yaml:2:10: culture.blame: expected true or false, found 1"),
                Arguments.of(
                        "a quoted flag",
                        "youthJustice:\n  detectionTarget: \"true\"\n",
                        "bad.yaml:2:20: youthJustice.detectionTarget: expected true or false, found the text 'true'"),
                Arguments.of(
                        "a misspelt agency",
                        "interventions:\n  coLocation:\n    agencies: [social_care, helth]\n",
                        "bad.yaml:3:29: interventions.coLocation.agencies[1]: expected one of school, health, social_care, police, youth_service, yot_yisp, childrens_centre, connexions (did you mean 'health'?), found the text 'helth'"),
                Arguments.of(
                        "one value for a list",
                        "interventions:\n  coLocation:\n    agencies: social_care\n",
                        "bad.yaml:3:15: interventions.coLocation.agencies: expected a list, each item one of school, health, social_care, police, youth_service, yot_yisp, childrens_centre, connexions, found the text 'social_care'"),
                Arguments.of(
                        "more host schools than exist",
                        "interventions:\n  coLocation:\n    enabled: true\n    schools: 5\n",
                        "bad.yaml:4:14: interventions.coLocation.schools: expected at most the 3 secondary schools (locality.secondarySchools), found 5"),
                Arguments.of(
                        "an officer shared by more schools than exist",
                        "interventions:\n  schoolPoliceOfficer:\n    enabled: true\n    schools: 9\n",
                        "bad.yaml:4:14: interventions.schoolPoliceOfficer.schools: expected at most the 3 secondary schools (locality.secondarySchools), found 9"),
                Arguments.of(
                        "settings for an intervention that is not switched on",
                        "interventions:\n  coLocation:\n    schools: 2\n",
                        "bad.yaml:3:5: interventions.coLocation.schools: expected settings only for an intervention that is switched on (interventions.coLocation.enabled: true), or none, found 'schools' set while interventions.coLocation.enabled is false"),
                Arguments.of(
                        "co-location with no agency",
                        "interventions:\n  coLocation:\n    enabled: true\n    agencies: []\n",
                        "bad.yaml:4:15: interventions.coLocation.agencies: expected at least one agency when enabled, found none"),
                Arguments.of(
                        "an agency co-located twice",
                        "interventions:\n  coLocation:\n    enabled: true\n    agencies: [health, health]\n",
                        "bad.yaml:4:15: interventions.coLocation.agencies: expected each agency once, found [health, health]"),
                Arguments.of(
                        "co-location on no day of the week",
                        "interventions:\n  coLocation:\n    enabled: true\n    daysPerWeek: 0\n",
                        "bad.yaml:4:18: interventions.coLocation.daysPerWeek: expected at least 1 day a week when enabled, found 0"),
                Arguments.of(
                        "an officer booked for more than a week a week",
                        "interventions:\n  schoolPoliceOfficer:\n    enabled: true\n    weekShare: 0.6\n",
                        "bad.yaml:4:16: interventions.schoolPoliceOfficer.weekShare: expected at most 1/2 of the week at each of the 2 schools of interventions.schoolPoliceOfficer.schools (one officer cannot work more than a week a week), found 0.6"),
                Arguments.of(
                        "a value for a section",
                        "locality: 5\n",
                        "bad.yaml:1:11: locality: expected a mapping of locality settings, found 5"),
                Arguments.of(
                        "a list for a scenario",
                        "- a\n- b\n",
                        "bad.yaml:1:1: expected a mapping of scenario settings, found a list"),
                Arguments.of(
                        "an empty file",
                        "",
                        "bad.yaml:1:1: expected a mapping of scenario settings, found an empty file"),
                Arguments.of(
                        "a misspelt bundled scenario",
                        "extends: baselin\n",
                        "bad.yaml:1:10: extends: expected a bundled scenario (did you mean 'baseline'?) or a path to a .yaml file, found 'baselin'"),
                Arguments.of(
                        "a missing file to extend",
                        "extends: nowhere.yaml\n",
                        "bad.yaml:1:10: extends: expected an existing scenario file, found no file at nowhere.yaml"),
                Arguments.of(
                        "a number to extend",
                        "extends: 3\n",
                        "bad.yaml:1:10: extends: expected the name or path of a scenario, found 3"),
                Arguments.of(
                        "an age range upside down",
                        "agencies:\n  socialCare:\n    minAge: 12\n    maxAge: 3\n",
                        "bad.yaml:4:13: agencies.socialCare.maxAge: expected at least minAge (12), found 3"),
                Arguments.of(
                        "commitment shares that do not add up",
                        "adoption:\n  commitment: 0.5\n",
                        "bad.yaml:2:15: adoption.commitment: expected the four starting shares to sum to 1, found a sum of 1.4"),
                Arguments.of(
                        "no replications",
                        "run:\n  replications: 0\n",
                        "bad.yaml:2:17: run.replications: expected a whole number from 1 to 100000, found 0"),
                Arguments.of(
                        "a negative seed",
                        "run:\n  seed: -1\n",
                        "bad.yaml:2:9: run.seed: expected a whole number from 0 to 9000000000000000, found -1"),
                Arguments.of(
                        "a key given twice",
                        "locality:\n  children: 5000\n  children: 6000\n",
                        "bad.yaml:3:3: locality.children: expected each key once (first given at line 2), found it again"),
                Arguments.of(
                        "malformed YAML",
                        "locality:\n  children: [1, 2\n",
                        "bad.yaml:3:1: expected well-formed YAML: ',' or ']' while parsing a flow sequence, found <stream end>"),
                Arguments.of(
                        "a null description",
                        "description: null\n",
                        "bad.yaml:1:14: description: expected some text, found nothing"),
                Arguments.of(
                        "anchors and aliases",
                        "a: &x {b: 1}\nc: *x\n",
                        "bad.yaml:1:4: a: expected plain values (anchors and aliases are not supported), found the anchor &x\n"
                                + "bad.yaml:2:4: c: expected plain values (anchors and aliases are not supported), found the alias *x"),
                Arguments.of(
                        "every error of a file at once",
                        "locality:\n  childen: 5000\n  primarySchool: 3\nneed:\n  eventSeverity: -1\n",
                        "bad.yaml:2:3: locality.childen: expected one of the keys of 'locality' (did you mean 'children'?), found the unknown key 'childen'\n"
                                + "bad.yaml:3:3: locality.primarySchool: expected one of the keys of 'locality' (did you mean 'primarySchools'?), found the unknown key 'primarySchool'\n"
                                + "bad.yaml:5:18: need.eventSeverity: expected a number from 0 to 1, found -1"),
                Arguments.of(
                        "a Python object tag",
                        "locality: !!python/object:os.system\n  children: 5000\n",
                        "bad.yaml:1:11: locality: expected plain values (YAML tags are not supported), found the tag !!python/object:os.system"),
                Arguments.of(
                        "a local tag on a scalar",
                        "locality:\n  children: !foo 5000\n",
                        "bad.yaml:2:13: locality.children: expected plain values (YAML tags are not supported), found the tag !foo"),
                Arguments.of(
                        "an anchor",
                        "locality: &a\n  children: 5000\n",
                        "bad.yaml:1:11: locality: expected plain values (anchors and aliases are not supported), found the anchor &a"),
                Arguments.of(
                        "an alias",
                        "locality:\n  children: 5000\nneed: *a\n",
                        "bad.yaml:3:7: need: expected plain values (anchors and aliases are not supported), found the alias *a"),
                Arguments.of(
                        "a very long text is cut short",
                        "culture:\n  blame: " + "x".repeat(100_000) + "\n",
                        "bad.yaml:2:10: culture.blame: expected true or false, found the text '"
                                + "x".repeat(80)
                                + "\u2026'"),
                Arguments.of(
                        "a terminal escape code is shown escaped",
                        "culture:\n  blame: \"\\e[31mred\"\n",
                        "bad.yaml:2:10: culture.blame: expected true or false, found the text '\\u001b[31mred'"),
                Arguments.of(
                        "a very long unknown key is cut short in the path and the message",
                        "culture:\n  " + "k".repeat(500) + ": 1\n",
                        "bad.yaml:2:3: culture."
                                + "k".repeat(152)
                                + "\u2026: expected one of the keys of 'culture' (blame, harmHazard, reviewProbability, blameShock, riskAversionHalfLife, learningTrustGain, blameTrustLoss, protectionSafety, protectionDays, protectionReviewDays, protectionEndTolerance, riskAversionThresholdShift, defensivePracticeShift), found the unknown key '"
                                + "k".repeat(80)
                                + "\u2026'"),
                Arguments.of(
                        "a typo far from any key",
                        "culture:\n  xyzzy: 1\n",
                        "bad.yaml:2:3: culture.xyzzy: expected one of the keys of 'culture' (blame, harmHazard, reviewProbability, blameShock, riskAversionHalfLife, learningTrustGain, blameTrustLoss, protectionSafety, protectionDays, protectionReviewDays, protectionEndTolerance, riskAversionThresholdShift, defensivePracticeShift), found the unknown key 'xyzzy'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWithThisMessage(String what, String yaml, String message) {
        ScenarioException e =
                assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("bad.yaml", yaml));
        assertEquals(message, e.getMessage());
        assertEquals(message.lines().count(), e.errors().size());
    }

    @Test
    void manyProblemsAreCountedAfterTheFirstTwenty() {
        StringBuilder yaml = new StringBuilder("culture:\n");
        for (int i = 0; i < 10_000; i++) {
            yaml.append("  xyzzy").append(i).append(": 1\n");
        }
        ScenarioException e =
                assertThrows(
                        ScenarioException.class,
                        () -> ScenarioLoader.parse("bad.yaml", yaml.toString()));
        List<String> lines = e.getMessage().lines().toList();
        assertEquals(21, lines.size());
        assertTrue(lines.get(0).startsWith("bad.yaml:2:3: culture.xyzzy0: "), lines.get(0));
        assertEquals("and 9980 more problems", lines.get(20));
        assertEquals(10_000, e.errors().size());
    }
}
