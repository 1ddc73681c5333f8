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
}
