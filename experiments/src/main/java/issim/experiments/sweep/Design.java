package issim.experiments.sweep;

import issim.scenarios.Position;
import issim.scenarios.Scenario;
import java.util.List;

/**
 * A validated sweep design: the base scenario (its horizon already applied), the factors, how the
 * points are chosen, and the replications and seed. {@code text} is the design file as written,
 * kept in the sweep's manifest so that an analysis reads exactly the design that was run.
 *
 * @param size the Sobol base sample, the Latin hypercube's samples or the Morris trajectories
 * @param morrisLevels the levels of a Morris grid (0 for other designs)
 * @param points a points design's values, point by point and factor by factor (else empty)
 * @param kindAt where the file states the design's kind, for messages about it
 * @param factorsAt where the file states the factors (a points design: its points), likewise
 */
public record Design(
        String name,
        String file,
        String text,
        String scenarioReference,
        Scenario base,
        DesignKind kind,
        Position kindAt,
        Position factorsAt,
        int size,
        int morrisLevels,
        List<Factor> factors,
        List<List<Object>> points,
        int replications,
        long seed) {

    public Design {
        factors = List.copyOf(factors);
        points = points.stream().map(List::copyOf).toList();
    }

    /** The same design under another name (as recorded in a manifest). */
    public Design named(String newName) {
        return new Design(
                newName,
                file,
                text,
                scenarioReference,
                base,
                kind,
                kindAt,
                factorsAt,
                size,
                morrisLevels,
                factors,
                points,
                replications,
                seed);
    }
}
