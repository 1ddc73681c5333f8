package issim.core.process;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.core.TestWorlds;
import issim.core.World;
import issim.core.domain.Outcome;
import issim.core.domain.RiskFactor;
import issim.core.model.Child;
import issim.core.model.Family;
import issim.core.observe.Measure;
import issim.core.observe.MonthlyReport;
import issim.core.observe.Tally;
import issim.core.params.ModelParameters;
import issim.core.params.ParameterPaths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Families whose circumstances change (docs/ODD.md §7.18): parental problems start and end at rates
 * that keep their shares, lasting ones never end, the children follow their family's circumstances,
 * family work shortens spells, and families that family work cannot reach see the same changes in
 * every scenario.
 */
class FamilyCircumstancesTest {
    private static final ModelParameters SMALL = TestWorlds.small(365);
    private static final double FIFTEEN_YEARS = 15 * Calendar.YEAR;

    @Test
    void problemsKeepTheirSharesOverFifteenYears() {
        // Four seeds of about 1,100 families: the expected count of problems, summed over the
        // families' quintiles, against the count after fifteen years of starting and ending.
        double observed = 0, expected = 0, variance = 0;
        for (long seed = 1; seed <= 4; seed++) {
            World w = TestWorlds.started(SMALL, seed);
            w.advanceTo(FIFTEEN_YEARS);
            for (Family f : w.population().families()) {
                if (!f.resident()) {
                    continue;
                }
                for (RiskFactor r : RiskFactor.values()) {
                    double p = w.circumstances().prevalence(f.quintile(), r);
                    observed += f.has(r) ? 1 : 0;
                    expected += p;
                    variance += p * (1 - p);
                }
            }
        }
        double z = (observed - expected) / Math.sqrt(variance);
        assertTrue(Math.abs(z) < 4, "problems " + observed + ", expected " + expected);
        assertTrue(expected > 1_000, "enough families to judge: " + expected);
    }

    @Test
    void aProblemEndingLiftsTheChildrenAndSlowsTheirLifeEvents() {
        World w = TestWorlds.started(SMALL, 3);
        Family f = familyWith(w, RiskFactor.DOMESTIC_VIOLENCE);
        Child c = presentChild(f);
        int safe = Outcome.STAY_SAFE.ordinal();
        double before = w.need().baseSetPoint(f, safe);
        double rateBefore = w.need().lifeEventRate(f);
        double childBefore = c.setPoint(safe);
        long ended = w.counters().get(Tally.PARENTAL_PROBLEMS_ENDED);

        w.circumstances().flip(f, RiskFactor.DOMESTIC_VIOLENCE, w.now());

        double penalty = SMALL.need().riskFactorPenalty();
        assertEquals(before + penalty, w.need().baseSetPoint(f, safe), 1e-12);
        assertEquals(
                rateBefore / SMALL.need().riskFactorRateMultiplier(),
                w.need().lifeEventRate(f),
                1e-12 * rateBefore);
        assertEquals(
                Math.min(0.98, childBefore + penalty),
                c.setPoint(safe),
                1e-12,
                "the child's set point follows at once");
        assertEquals(ended + 1, w.counters().get(Tally.PARENTAL_PROBLEMS_ENDED));

        w.circumstances().flip(f, RiskFactor.DOMESTIC_VIOLENCE, w.now());
        assertEquals(before, w.need().baseSetPoint(f, safe), 1e-12, "and it can start again");
    }

    @Test
    void lastingProblemsNeverEndAndTheOthersDo() {
        World w = TestWorlds.started(SMALL, 5);
        int lasting = 0;
        for (Family f : w.population().families()) {
            for (RiskFactor r : RiskFactor.values()) {
                lasting += f.lasting(r) ? 1 : 0;
            }
        }
        w.advanceTo(FIFTEEN_YEARS);
        int stillLasting = 0;
        for (Family f : w.population().families()) {
            for (RiskFactor r : RiskFactor.values()) {
                if (f.lasting(r)) {
                    assertTrue(f.has(r), "a lasting problem ended in family " + f.id());
                    stillLasting++;
                }
            }
        }
        assertTrue(lasting > 50, "some problems are lasting: " + lasting);
        assertTrue(stillLasting >= lasting, "lasting problems are never lost");
        assertTrue(w.counters().get(Tally.PARENTAL_PROBLEMS_ENDED) > 1_000);
        assertTrue(w.counters().get(Tally.PARENTAL_PROBLEMS_STARTED) > 1_000);
    }

    @Test
    void familyWorkShortensSpells() {
        // Two copies of each of six worlds at their start, with family work's factor at 4. In
        // one copy every family is put into family work; in the other none is. Half a year later
        // the changing problems that ended in the first are two to three times as many
        // (exponential spells of 1 to 4 years: (1 − e^{−4μt}) / (1 − e^{−μt})), among several
        // hundred problems, so the margin is far beyond the noise.
        ModelParameters strong = familyWork(SMALL, 4);
        int problems = 0, endedWorked = 0, endedLeft = 0;
        for (long seed = 7; seed <= 12; seed++) {
            World worked = TestWorlds.started(strong, seed);
            World left = TestWorlds.started(strong, seed);
            List<int[]> changing = new ArrayList<>();
            for (Family f : worked.population().families()) {
                for (RiskFactor r : RiskFactor.values()) {
                    if (r != RiskFactor.WORKLESSNESS && f.resident() && f.has(r) && !f.lasting(r)) {
                        changing.add(new int[] {f.id(), r.ordinal()});
                    }
                }
                if (f.resident()) {
                    f.familyWorkStarted();
                    worked.circumstances().familyWorkChanged(f);
                }
            }
            worked.advanceTo(Calendar.YEAR / 2);
            left.advanceTo(Calendar.YEAR / 2);
            problems += changing.size();
            endedWorked += ended(worked, changing);
            endedLeft += ended(left, changing);
        }
        assertTrue(problems > 300, "enough problems to judge: " + problems);
        assertTrue(endedLeft > 50, "some end anyway: " + endedLeft);
        assertTrue(endedWorked > 1.8 * endedLeft, endedWorked + " vs " + endedLeft);
    }

    private static int ended(World w, List<int[]> problems) {
        int n = 0;
        for (int[] p : problems) {
            n += w.population().families().get(p[0]).has(RiskFactor.values()[p[1]]) ? 0 : 1;
        }
        return n;
    }

    @Test
    void familiesFamilyWorkCannotReachChangeAlikeInEveryScenario() {
        ModelParameters baseline = familyWork(TestWorlds.small(3 * 365), 1);
        ModelParameters coLocated =
                TestWorlds.withInterventions(baseline, iv -> iv.with(iv.coLocation().on(3)));
        for (long seed = 21; seed <= 22; seed++) {
            List<MonthlyReport> a = World.run(baseline, seed);
            List<MonthlyReport> b = World.run(coLocated, seed);
            assertArrayEquals(
                    series(a, Measure.PARENTAL_PROBLEMS_STARTED),
                    series(b, Measure.PARENTAL_PROBLEMS_STARTED));
            assertArrayEquals(
                    series(a, Measure.PARENTAL_PROBLEMS_ENDED),
                    series(b, Measure.PARENTAL_PROBLEMS_ENDED));
        }
    }

    private static ModelParameters familyWork(ModelParameters p, double factor) {
        p = ParameterPaths.with(p, "circumstances.familyWorkRemission", factor);
        return ParameterPaths.with(p, "circumstances.familyWorkIntoWork", factor);
    }

    private static double[] series(List<MonthlyReport> reports, Measure m) {
        return reports.stream().mapToDouble(r -> r.value(m)).toArray();
    }

    private static Family familyWith(World w, RiskFactor r) {
        for (Family f : w.population().families()) {
            if (f.resident() && f.has(r) && !f.lasting(r) && f.riskCount() == 1) {
                return f;
            }
        }
        throw new AssertionError("no family with only " + r);
    }

    private static Child presentChild(Family f) {
        for (Child c : f.children()) {
            if (c.present()) {
                return c;
            }
        }
        throw new AssertionError("no child at home");
    }
}
