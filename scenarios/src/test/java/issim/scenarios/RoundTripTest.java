package issim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import issim.core.params.ModelParameters;
import issim.core.params.NeedParameters;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Records → YAML → records gives back exactly the same records. */
class RoundTripTest {

    @ParameterizedTest
    @MethodSource("issim.scenarios.CatalogueTest#names")
    void everyBundledScenarioSurvivesAWriteAndARead(String name) throws ScenarioException {
        Scenario s = ScenarioLoader.load(name);
        Scenario back = ScenarioLoader.parse(name + ".yaml", ScenarioWriter.toYaml(s));
        assertEquals(s, back);
    }

    @Test
    void awkwardNumbersAndTextSurviveToo() throws ScenarioException {
        ModelParameters p = ModelParameters.defaults();
        SplittableRandom r = new SplittableRandom(3);
        var need = p.need();
        var odd =
                new NeedParameters(
                        need.lifeEventRate() * (1 + r.nextDouble()),
                        need.riskFactorRateMultiplier(),
                        1.0 / 3,
                        need.setPoint(),
                        0.1 + 1e-12,
                        need.riskFactorPenalty(),
                        need.wellLevel(),
                        123.456789012345,
                        need.supportedRecoverySpeedUp(),
                        need.crossOutcomeDrag(),
                        need.lastingGain(),
                        need.lastingHalfLife(),
                        need.level2Severity(),
                        need.level3Severity(),
                        need.acuteSafety());
        Scenario s =
                new Scenario(
                        "odd",
                        "Quotes \" and back\\slashes: and a # sign",
                        RunSettings.defaults(),
                        p.with(odd));
        assertEquals(s, ScenarioLoader.parse("odd.yaml", ScenarioWriter.toYaml(s)));
    }
}
