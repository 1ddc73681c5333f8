package issim.experiments.demo;

import issim.core.domain.AgencyKind;
import issim.core.params.Interventions;
import issim.core.params.ModelParameters;
import issim.core.process.Calendar;
import issim.scenarios.Scenario;
import issim.scenarios.ScenarioException;
import issim.scenarios.ScenarioLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * What every session of one {@code issim demo} shares: the two scenarios, the seed, their worlds at
 * day 0 (each warmed up once) and the settings each switch puts in place when flipped.
 */
public final class Demo {
    private final Scenario silo;
    private final Scenario integrated;
    private final long seed;
    private final DayZero siloDayZero;
    private final DayZero integratedDayZero;
    private final Interventions toggleSettings;

    /**
     * Warms up both scenarios with {@code seed} (a few seconds at the default locality). The right
     * panel's horizon is the left's, so the two step together to the end.
     */
    public Demo(Scenario silo, Scenario integrated, long seed) {
        this.silo = silo;
        this.integrated = integrated;
        this.seed = seed;
        // The two warm-ups are independent: run them on two threads.
        CompletableFuture<DayZero> right =
                CompletableFuture.supplyAsync(
                        () ->
                                DayZero.of(
                                        integrated
                                                .parameters()
                                                .withHorizonDays(silo.parameters().horizonDays()),
                                        seed));
        this.siloDayZero = DayZero.of(silo.parameters(), seed);
        this.integratedDayZero = right.join();
        this.toggleSettings = toggleSettings(integrated.parameters().interventions());
    }

    Panel left() {
        return new Panel(silo.name(), siloDayZero.copy(), toggleSettings);
    }

    Panel right() {
        return new Panel(integrated.name(), integratedDayZero.copy(), toggleSettings);
    }

    long seed() {
        return seed;
    }

    int horizonMonths() {
        return (int) Math.round(silo.parameters().horizonDays() / Calendar.MONTH);
    }

    List<Map<String, Object>> agencies() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (AgencyKind a : AgencyKind.values()) {
            out.add(Map.of("key", a.key(), "label", a.label()));
        }
        return out;
    }

    /**
     * The integrated scenario's own settings for the interventions it has; for those it lacks, the
     * settings of the bundled scenario that puts each in place on its own.
     */
    private static Interventions toggleSettings(Interventions own) {
        Interventions s = own;
        if (!own.coLocation().enabled()) {
            s = s.with(bundled("co-location").coLocation());
        }
        if (!own.jointTraining().enabled()) {
            s = s.with(bundled("joint-training").jointTraining());
        }
        if (!own.commonAssessment().enabled()) {
            s = s.with(bundled("caf-team-around-the-child").commonAssessment());
        }
        if (!own.schoolPoliceOfficer().enabled()) {
            s = s.with(bundled("school-police-officer").schoolPoliceOfficer());
        }
        return s;
    }

    private static Interventions bundled(String name) {
        try {
            ModelParameters p = ScenarioLoader.load(name).parameters();
            return p.interventions();
        } catch (ScenarioException e) {
            throw new IllegalStateException("bundled scenario " + name + " does not load", e);
        }
    }
}
