package issim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.core.domain.AgencyKind;
import issim.core.model.Child;
import issim.core.model.Site;
import issim.core.observe.Measure;
import issim.core.observe.Tally;
import issim.core.params.ModelParameters;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The silo effect, observed (docs/ODD.md §7.4): children whose need spans two or more outcomes
 * while no agency knows all of it, recomputed from the population at each report; and exchanges of
 * information counted as completing a picture exactly when one agency comes to know all of a
 * child's need.
 */
class SiloMeasuresTest {
    private static final ModelParameters SMALL = TestWorlds.small(122);

    /** A child with need in two or more outcomes, or an error: the locality has many. */
    private static Child withTwoOrMoreNeeds(World w) {
        for (Child c : w.population().children()) {
            if (c.present() && Integer.bitCount(w.levels().needMask(c)) >= 2) {
                return c;
            }
        }
        throw new AssertionError("no child with two or more needs");
    }

    @Test
    void anExchangeCompletesAPictureOnlyWhenOneAgencyComesToKnowAllOfTheNeed() {
        World w = TestWorlds.started(SMALL, 7);
        Child c = withTwoOrMoreNeeds(w);
        int need = w.levels().needMask(c);
        int lowest = Integer.lowestOneBit(need);
        long shares = w.counters().get(Tally.SHARES),
                completing = w.counters().get(Tally.SHARES_COMPLETING);

        // Health and school know the same part: pooling it completes nothing.
        c.forget();
        c.learn(AgencyKind.HEALTH, lowest);
        c.learn(AgencyKind.SCHOOL, lowest);
        w.sharing().exchange(c, AgencyKind.HEALTH, AgencyKind.SCHOOL);
        assertEquals(shares + 1, w.counters().get(Tally.SHARES));
        assertEquals(completing, w.counters().get(Tally.SHARES_COMPLETING), "still in part");

        // Each knows a different part: together they know it all, once.
        c.forget();
        c.learn(AgencyKind.HEALTH, lowest);
        c.learn(AgencyKind.SCHOOL, need & ~lowest);
        w.sharing().exchange(c, AgencyKind.HEALTH, AgencyKind.SCHOOL);
        assertEquals(need, c.known(AgencyKind.HEALTH) & need, "health now knows all of it");
        assertEquals(need, c.known(AgencyKind.SCHOOL) & need, "and so does the school");
        assertEquals(completing + 1, w.counters().get(Tally.SHARES_COMPLETING), "one completed");

        // Telling what both already know completes nothing more.
        w.sharing().exchange(c, AgencyKind.HEALTH, AgencyKind.SCHOOL);
        assertEquals(completing + 1, w.counters().get(Tally.SHARES_COMPLETING));
        assertEquals(shares + 3, w.counters().get(Tally.SHARES), "every exchange is a share");
    }

    /**
     * Recomputes the fragmented-need measures from the population at each of four reports: every
     * child with need in two or more outcomes at level 2 or above that some agency knows in part
     * and none wholly, per 10,000 children and as a share of children with such need; and among
     * each secondary school's pupils.
     */
    @Test
    void fragmentedNeedIsNeedKnownInPartButWhollyToNoAgency() {
        World w = new World(SMALL, 11);
        int[] months = {0};
        long[] fragmentedSeen = {0}, wholeSeen = {0};
        w.addObserver(
                r -> {
                    List<Site> secondaries = w.locality().secondarySchools();
                    int schools = secondaries.size();
                    int fragmented = 0, multiNeed = 0;
                    int[] pupils = new int[schools], pupilsFragmented = new int[schools];
                    List<Child> children = w.population().children();
                    for (Child c : children) {
                        int need = w.levels().needMask(c);
                        boolean isFragmented = false;
                        if (w.levels().level(c) >= 2 && Integer.bitCount(need) >= 2) {
                            multiNeed++;
                            boolean anyPart = false, anyWhole = false;
                            for (AgencyKind a : AgencyKind.ALL_KINDS) {
                                int known = c.known(a) & need;
                                anyWhole |= known == need;
                                anyPart |= known != 0;
                            }
                            isFragmented = anyPart && !anyWhole;
                            fragmented += isFragmented ? 1 : 0;
                            wholeSeen[0] += anyWhole ? 1 : 0;
                        }
                        int s = secondaries.indexOf(c.school());
                        if (c.present() && s >= 0) {
                            pupils[s]++;
                            pupilsFragmented[s] += isFragmented ? 1 : 0;
                        }
                    }
                    assertEquals(
                            fragmented * 10_000.0 / children.size(),
                            r.value(Measure.FRAGMENTED_NEED_PER_10K),
                            1e-9,
                            "month " + r.month());
                    assertEquals(
                            fragmented / (double) multiNeed,
                            r.value(Measure.FRAGMENTED_NEED_SHARE),
                            1e-12);
                    for (int s = 0; s < schools; s++) {
                        assertEquals(
                                pupilsFragmented[s] * 10_000.0 / pupils[s],
                                r.value(
                                        Measure.FRAGMENTED_NEED_PER_10K,
                                        Measure.schoolGroup(s + 1)),
                                1e-9);
                    }
                    fragmentedSeen[0] += fragmented;
                    months[0]++;
                });
        w.runToEnd();
        assertEquals(4, months[0]);
        // Both states occur, so the measure is neither empty nor everyone.
        assertTrue(fragmentedSeen[0] > 0, "some need is known only in fragments");
        assertTrue(wholeSeen[0] > 0, "some need is known wholly to one agency");
    }
}
