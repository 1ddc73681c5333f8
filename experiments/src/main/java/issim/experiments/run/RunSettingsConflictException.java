package issim.experiments.run;

import java.util.List;

/**
 * Scenarios of one plan state different run settings and nothing overrides them for every scenario.
 * Every scenario runs on the first one's settings, so running anyway would silently ignore the
 * others' settings.
 */
public final class RunSettingsConflictException extends BadInputException {
    private static final long serialVersionUID = 1L;

    /** A run setting a scenario states in its {@code run:} section. */
    public enum Setting {
        HORIZON_DAYS("run.horizonDays"),
        WARMUP_DAYS("run.warmupDays"),
        SEED("run.seed"),
        REPLICATIONS("run.replications");

        private final String key;

        Setting(String key) {
            this.key = key;
        }

        /** The setting's key in a scenario file. */
        public String key() {
            return key;
        }
    }

    /** A setting's value in one scenario and in the first (the baseline of a comparison). */
    public record Difference(Setting setting, long value, long baselineValue) {}

    /**
     * Every differing setting of one scenario, given by its position in the plan's scenarios (never
     * 0, the baseline).
     */
    public record Conflict(int scenario, List<Difference> differences) {
        public Conflict {
            differences = List.copyOf(differences);
        }
    }

    private final transient List<Conflict> conflicts;

    RunSettingsConflictException(String message, List<Conflict> conflicts) {
        super(message);
        this.conflicts = List.copyOf(conflicts);
    }

    /** One conflict per scenario that differs, in the plan's order. */
    public List<Conflict> conflicts() {
        return conflicts;
    }
}
