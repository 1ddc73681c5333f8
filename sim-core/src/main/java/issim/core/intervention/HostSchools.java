package issim.core.intervention;

import issim.core.model.Site;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Which secondary schools host an intervention: those the scenario names, or else the {@code n}
 * schools that score highest on the intervention's own criterion (000 case study 2: programme
 * schools by their anti-social-behaviour ranking; co-location where need is highest), ties to the
 * lower-numbered school, so the choice is a function of the run alone.
 */
final class HostSchools {
    private HostSchools() {}

    /** {@code named}: school numbers from 1; empty to choose by {@code score}. */
    static List<Site> choose(
            List<Site> secondaries, int n, List<Integer> named, ToDoubleFunction<Site> score) {
        if (!named.isEmpty()) {
            List<Site> out = new ArrayList<>();
            for (int number : named) {
                out.add(secondaries.get(number - 1));
            }
            return List.copyOf(out);
        }
        List<Site> ranked = new ArrayList<>(secondaries);
        ranked.sort(
                Comparator.comparingDouble((Site s) -> -score.applyAsDouble(s))
                        .thenComparingInt(Site::id));
        return List.copyOf(ranked.subList(0, n));
    }
}
