package issim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import issim.core.domain.AgencyKind;
import issim.core.params.ModelParameters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtendsTest {
    @TempDir Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void mappingsMergeDeeplyAndUnsetKeysKeepTheParentsValues() throws Exception {
        Path parent =
                write(
                        "parent.yaml",
                        "description: \"parent\"\nlocality:\n  children: 4000\n  primarySchools: 6\n");
        Path child = write("child.yaml", "extends: parent.yaml\nlocality:\n  children: 5000\n");
        Scenario s = ScenarioLoader.load(child.toString());
        assertEquals(5000, s.parameters().locality().children());
        assertEquals(
                6, s.parameters().locality().primarySchools(), "a sibling key survives the merge");
        assertEquals(
                ModelParameters.defaults().locality().secondarySchools(),
                s.parameters().locality().secondarySchools());
        assertEquals("parent", s.description(), "the description is inherited when not restated");
        assertEquals("child", s.name());
    }

    @Test
    void listsAreReplacedWholeNotMerged() throws Exception {
        Path child =
                write(
                        "health-only.yaml",
                        "extends: co-location\ninterventions:\n  coLocation:\n    agencies: [health]\n");
        var co = ScenarioLoader.load(child.toString()).parameters().interventions().coLocation();
        assertEquals(List.of(AgencyKind.HEALTH), co.agencies());
        assertEquals(
                true, co.enabled(), "scalars the child does not restate come from co-location");
    }

    @Test
    void aChainOfBundledScenariosResolves() throws Exception {
        Path child =
                write(
                        "mine.yaml",
                        "extends: school-police-officer-detection-target\nrun:\n  replications: 3\n");
        Scenario s = ScenarioLoader.load(child.toString());
        assertEquals(3, s.run().replications());
        assertEquals(true, s.parameters().interventions().schoolPoliceOfficer().enabled());
        assertEquals(true, s.parameters().interventions().schoolPoliceOfficer().detectionTarget());
    }

    @Test
    void cyclesAreRefused() throws Exception {
        write("a.yaml", "extends: b.yaml\n");
        write("b.yaml", "extends: c.yaml\n");
        write("c.yaml", "extends: a.yaml\n");
        ScenarioException e =
                assertThrows(
                        ScenarioException.class,
                        () -> ScenarioLoader.load(dir.resolve("a.yaml").toString()));
        assertEquals(
                dir.resolve("c.yaml")
                        + ":1:10: extends: expected a chain of extends without cycles, found the cycle a -> b -> c -> a",
                e.getMessage());
    }

    @Test
    void errorsInAParentNameTheParentsFile() throws Exception {
        write("broken.yaml", "locality:\n  children: 3\n");
        Path child = write("child.yaml", "extends: broken.yaml\n");
        ScenarioException e =
                assertThrows(ScenarioException.class, () -> ScenarioLoader.load(child.toString()));
        assertEquals(
                dir.resolve("broken.yaml")
                        + ":2:13: locality.children: expected a whole number from 50 to 2000000, found 3",
                e.getMessage());
    }

    @Test
    void aMissingFileIsOneClearError() {
        ScenarioException e =
                assertThrows(
                        ScenarioException.class,
                        () -> ScenarioLoader.load(dir.resolve("none.yaml").toString()));
        assertEquals(
                dir.resolve("none.yaml")
                        + ":1:1: expected an existing scenario file, found no file at "
                        + dir.resolve("none.yaml"),
                e.getMessage());
    }

    @Test
    void anUnknownNameSuggestsTheClosestBundledScenario() {
        ScenarioException e =
                assertThrows(ScenarioException.class, () -> ScenarioLoader.load("colocation"));
        assertEquals(
                "colocation:1:1: expected a bundled scenario (did you mean 'co-location'?) or a path to a .yaml file, found 'colocation'",
                e.getMessage());
    }

    @Test
    void aProblemFoundInABundledParentIsReportedOnTheLineTheUserWrote() throws Exception {
        Path fewer =
                write(
                        "fewer.yaml",
                        "extends: school-police-officer\nlocality:\n  secondarySchools: 1\n");
        ScenarioException e =
                assertThrows(ScenarioException.class, () -> ScenarioLoader.load(fewer.toString()));
        assertEquals(
                fewer
                        + ":3:21: interventions.schoolPoliceOfficer.schools: expected at most the 1"
                        + " secondary schools (locality.secondarySchools), found 2 (from the bundled"
                        + " scenario 'school-police-officer', line 10)",
                e.getMessage());

        Path more = write("more.yaml", "description: \"x\"\nextends: school-police-officer\n");
        Path unrelated =
                write(
                        "unrelated.yaml",
                        "extends: more.yaml\ninterventions:\n  schoolPoliceOfficer:\n"
                                + "    salaryShare: 0.5\nlocality:\n  secondarySchools: 1\n");
        e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(unrelated.toString()));
        assertEquals(
                unrelated
                        + ":6:21: interventions.schoolPoliceOfficer.schools: expected at most the 1"
                        + " secondary schools (locality.secondarySchools), found 2 (from the bundled"
                        + " scenario 'school-police-officer', line 10)",
                e.getMessage(),
                "through a file of the user's own, still on the user's line");
        Path late =
                write(
                        "late.yaml",
                        "extends: school-police-officer\nrun:\n  horizonDays: 365\n"
                                + "interventions:\n  nationalBlameShock:\n    enabled: true\n");
        e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(late.toString()));
        assertEquals(
                late
                        + ":3:16: interventions.nationalBlameShock.startDay: expected a day before"
                        + " the end of the run (run.horizonDays 365), found 425",
                e.getMessage());
    }

    @Test
    void aConflictWithABundledGrandparentIsReportedAtTheUsersField() throws Exception {
        Path child = write("child.yaml", "description: \"mine\"\nextends: national-blame-shock\n");
        Path grand = write("grand.yaml", "extends: child.yaml\nrun:\n  horizonDays: 30\n");
        ScenarioException e =
                assertThrows(ScenarioException.class, () -> ScenarioLoader.load(grand.toString()));
        assertEquals(
                grand
                        + ":3:16: interventions.nationalBlameShock.startDay: expected a day before"
                        + " the end of the run (run.horizonDays 30), found 425",
                e.getMessage());
    }
}
