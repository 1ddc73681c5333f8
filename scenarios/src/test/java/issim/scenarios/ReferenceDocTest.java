package issim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/scenarios.md is generated from the records; it must match them exactly. */
class ReferenceDocTest {

    @Test
    void theCommittedReferenceMatchesTheCode() throws Exception {
        Path doc = Path.of("..", "docs", "scenarios.md");
        assertTrue(
                Files.exists(doc),
                "docs/scenarios.md is missing: run issim.scenarios.ScenarioReference");
        assertEquals(
                ScenarioReference.markdown(),
                Files.readString(doc),
                "docs/scenarios.md is out of date: regenerate it with issim.scenarios.ScenarioReference");
    }

    @Test
    void everyKeyIsDocumentedWithADefaultAndARange() {
        String md = ScenarioReference.markdown();
        assertTrue(
                md.contains(
                        "| `locality.children` | 10000 | children | whole number from 50 to 2000000 |"),
                md.lines()
                        .filter(l -> l.contains("locality.children"))
                        .findFirst()
                        .orElse("no row"));
        assertTrue(
                md.contains(
                        "| `interventions.coLocation.agencies` | [social_care, health, school] |"));
        assertTrue(md.contains("| `agencies.socialCare.caseloadCapacity` | 18 |"));
    }
}
