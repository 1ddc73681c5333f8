package issim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import issim.core.observe.MonthlyReport;
import issim.core.observe.Observation;
import issim.core.params.Budgets;
import issim.core.params.JointTraining;
import issim.core.params.ModelParameters;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Guards pure restructuring: a short two-replication run of the baseline and of a scenario with
 * every intervention must give exactly these observations. A change that is meant to change outputs
 * updates the checksums in the same commit and says why (and CHANGELOG.md records it).
 */
class GoldenChecksumTest {
    private static final ModelParameters BASELINE = TestWorlds.small(2 * 365);

    /** Every intervention, started 30 days apart so no two start at the same moment. */
    private static final ModelParameters EVERYTHING =
            TestWorlds.withInterventions(
                    BASELINE,
                    iv ->
                            iv.with(iv.coLocation().on(1))
                                    .with(iv.schoolPoliceOfficer().on(false))
                                    .with(iv.threeTier().on())
                                    .with(iv.commonAssessment().rolledOut(0.6))
                                    .with(iv.leader().on())
                                    .with(new Budgets(true, 0.1))
                                    .with(new JointTraining(true, 0.6, 0.3, 350))
                                    .withStaggerDays(30));

    static String checksum(ModelParameters p) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (long seed = 1; seed <= 2; seed++) {
            for (MonthlyReport r : World.run(p, seed)) {
                for (Observation o : r.observations()) {
                    String row =
                            seed
                                    + ","
                                    + r.month()
                                    + ","
                                    + o.measure()
                                    + ","
                                    + o.group()
                                    + ","
                                    + o.value()
                                    + "\n";
                    sha.update(row.getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }

    @Test
    void theBaselineGivesExactlyTheRecordedObservations() {
        assertEquals("cb5d520be4274878", checksum(BASELINE));
    }

    @Test
    void everyInterventionTogetherGivesExactlyTheRecordedObservations() {
        assertEquals("3351caa38b616655", checksum(EVERYTHING));
    }
}
