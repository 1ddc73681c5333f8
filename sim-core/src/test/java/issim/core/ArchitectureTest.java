package issim.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sim.engine.SimState;

/**
 * The layering of docs/ODD.md §3: domain vocabulary at the bottom, then the engine and the
 * parameters, the entities, observation, the processes, the interventions, and World on top. A
 * lower layer never reaches upward, packages form no cycle, and no process or intervention sees
 * World.
 */
class ArchitectureTest {
    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("issim.core");
    }

    @Test
    void lowerLayersNeverReachUpward() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("domain")
                .definedBy("issim.core.domain..")
                .layer("engine")
                .definedBy("issim.core.engine..")
                .layer("params")
                .definedBy("issim.core.params..")
                .layer("model")
                .definedBy("issim.core.model..")
                .layer("observe")
                .definedBy("issim.core.observe..")
                .layer("process")
                .definedBy("issim.core.process..")
                .layer("intervention")
                .definedBy("issim.core.intervention..")
                .layer("world")
                .definedBy("issim.core")
                .whereLayer("world")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("intervention")
                .mayOnlyBeAccessedByLayers("world")
                .whereLayer("process")
                .mayOnlyBeAccessedByLayers("intervention", "world")
                .whereLayer("observe")
                .mayOnlyBeAccessedByLayers("process", "intervention", "world")
                .whereLayer("model")
                .mayOnlyBeAccessedByLayers("observe", "process", "intervention", "world")
                .whereLayer("params")
                .mayOnlyBeAccessedByLayers("model", "observe", "process", "intervention", "world")
                .whereLayer("engine")
                .mayOnlyBeAccessedByLayers("process", "intervention", "world")
                .check(core);
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching("issim.core.(*)..").should().beFreeOfCycles().check(core);
    }

    @Test
    void noProcessOrInterventionUsesWorld() {
        noClasses()
                .that()
                .resideInAnyPackage("issim.core.process..", "issim.core.intervention..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName(World.class.getName())
                .check(core);
    }

    @Test
    void nothingUsesMasonsOwnRandomNumbers() {
        noClasses()
                .should()
                .accessField(SimState.class, "random")
                .orShould()
                .callMethod(SimState.class, "seed")
                .because(
                        "every draw goes through the purpose-split streams of the full 64-bit"
                                + " seed; SimState.seed() truncates it to 32 bits")
                .check(core);
    }
}
