package issim.experiments.demo;

import issim.scenarios.Scenario;
import issim.scenarios.ScenarioException;
import issim.scenarios.ScenarioLoader;

/** A small locality with a short warm-up, so a demo starts in a second or two in tests. */
final class TinyDemo {
    private TinyDemo() {}

    static Scenario scenario(String name, String base) {
        return scenario(name, base, "");
    }

    /** With {@code more} YAML lines after the small locality's. */
    static Scenario scenario(String name, String base, String more) {
        try {
            return ScenarioLoader.parse(
                    name + ".yaml",
                    "extends: "
                            + base
                            + "\nrun:\n  warmupDays: 365\n  horizonDays: 730\nlocality:\n  children: 1500\n  primarySchools: 3\n  secondarySchools: 2\n"
                            + more);
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Silo on both sides: the panels agree until a switch is flipped. */
    static Demo sameOnBothSides() {
        return new Demo(scenario("silo", "baseline"), scenario("silo-too", "baseline"), 7);
    }
}
