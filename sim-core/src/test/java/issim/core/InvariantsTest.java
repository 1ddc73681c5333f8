package issim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.core.domain.AgencyKind;
import issim.core.domain.Outcome;
import issim.core.model.Child;
import issim.core.model.Family;
import issim.core.model.Practitioner;
import issim.core.observe.AgencyTally;
import issim.core.observe.Tally;
import issim.core.params.ModelParameters;
import issim.core.params.ParameterPaths;
import issim.core.process.StatutoryPathway;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Properties that must hold at every month of a five-year run of the default locality. */
class InvariantsTest {

    @Test
    void fiveYearRunKeepsEveryInvariant() {
        // Families move in and out too, so that their invariants are checked with the rest.
        ModelParameters p =
                ParameterPaths.with(
                        ModelParameters.defaults().withHorizonDays(5 * 365).withWarmupDays(365),
                        "population.moveRate",
                        0.05);
        World w = new World(p, 20261124L);
        int[] months = {0};
        w.addObserver(
                report -> {
                    months[0]++;
                    checkPopulation(w);
                    checkFamilies(w);
                    checkBounds(w);
                    checkReferralsAddUp(w);
                    checkCaseloads(w);
                    checkCareAndFamilyWork(w);
                });
        w.runToEnd();
        assertEquals(60, months[0]);
    }

    /** No child lost or duplicated: everyone ever born is either present once or has left at 18. */
    private static void checkPopulation(World w) {
        Set<Integer> ids = new HashSet<>();
        for (Child c : w.population().children()) {
            assertTrue(ids.add(c.id()), "child listed twice: " + c);
            assertTrue(c.present(), "a child who left is still listed: " + c);
            assertTrue(c.age() >= 0 && c.age() < 18, "age out of range: " + c.age());
            assertTrue(c.family().children().contains(c), "child missing from its family");
        }
        long left = 0;
        for (Child c : w.population().everyChild()) {
            if (!c.present()) {
                left++;
            }
        }
        int initial = w.params().locality().children();
        var counters = w.counters();
        long gone = counters.get(Tally.LEFT) + counters.get(Tally.MOVED_AWAY);
        assertEquals(left, gone, "every child gone left at 18 or moved away");
        assertEquals(
                initial + counters.get(Tally.BORN) + counters.get(Tally.MOVED_IN) - gone,
                w.population().children().size());
        assertEquals(
                w.population().everyChild().size(),
                initial + counters.get(Tally.BORN) + counters.get(Tally.MOVED_IN));
    }

    /**
     * A family is resident exactly while one of its children is present; the monthly list holds
     * them all.
     */
    private static void checkFamilies(World w) {
        List<Family> resident = new ArrayList<>();
        for (Family f : w.population().families()) {
            boolean anyPresent = f.children().stream().anyMatch(Child::present);
            assertEquals(anyPresent, f.resident(), "family " + f.id());
            if (anyPresent) {
                resident.add(f);
            }
        }
        assertEquals(resident, w.population().residentFamilies());
    }

    private static void checkBounds(World w) {
        // Outcomes and trust are clamped where they are set, so only what no clamp holds is
        // checked.
        for (Child c : w.population().children()) {
            for (int k = 0; k < Outcome.COUNT; k++) {
                assertTrue(c.setPoint(k) >= 0 && c.setPoint(k) <= 1, "set point out of [0,1]");
            }
            assertTrue(c.openPlans() >= 0);
        }
        for (Practitioner pr : w.locality().practitioners()) {
            double ra = pr.riskAversion(w.now(), w.params().culture().riskAversionHalfLife());
            assertTrue(ra >= 0 && ra <= 1, "risk aversion out of [0,1]");
        }
    }

    /** Referrals made = accepted + rejected + waiting + lost, for every agency. */
    private static void checkReferralsAddUp(World w) {
        var c = w.counters();
        long total = 0;
        for (AgencyKind a : AgencyKind.values()) {
            long made = c.get(a, AgencyTally.REFERRALS_MADE);
            long settled =
                    c.get(a, AgencyTally.REFERRALS_ACCEPTED)
                            + c.get(a, AgencyTally.REFERRALS_REJECTED)
                            + c.get(a, AgencyTally.REFERRALS_LOST)
                            + w.referrals().book().waiting(a);
            assertEquals(made, settled, "referrals to " + a + " do not add up");
            total += made;
        }
        assertEquals(w.referrals().book().all().size(), total);
        assertFalse(total == 0, "no referral was made at all");
    }

    /**
     * Open cases on practitioners' books equal the practitioners on open plans and the social
     * workers holding assessments under way.
     */
    private static void checkCaseloads(World w) {
        int[] books = new int[w.locality().practitioners().size()];
        int openPlansOfPresent = 0;
        for (var plan : w.population().plans()) {
            if (plan.open()) {
                for (Practitioner pr : plan.practitioners()) {
                    books[pr.id()]++;
                }
                if (plan.child().present()) {
                    openPlansOfPresent++;
                }
            }
        }
        for (var stage : w.pathway().underWay()) {
            if (StatutoryPathway.holdsCase(stage)) {
                books[stage.worker().id()]++;
            }
        }
        for (Practitioner pr : w.locality().practitioners()) {
            assertEquals(books[pr.id()], pr.caseload(), "caseload of " + pr);
        }
        int childPlans = 0;
        for (Child ch : w.population().children()) {
            childPlans += ch.openPlans();
        }
        assertEquals(openPlansOfPresent, childPlans);
    }

    /**
     * Every child is in at most one placement, and looked after exactly while it is; no child has
     * two initial assessments under way; a family is in family work exactly while a plan that works
     * with the whole family is open for one of its children (docs/ODD.md §7.18).
     */
    private static void checkCareAndFamilyWork(World w) {
        java.util.Map<Integer, Integer> placements = new java.util.HashMap<>();
        Set<Integer> inFamilyWork = new HashSet<>();
        for (var plan : w.population().plans()) {
            if (!plan.open()) {
                continue;
            }
            if (plan.kind() == issim.core.domain.PlanKind.LOOKED_AFTER) {
                placements.merge(plan.child().id(), 1, Integer::sum);
            }
            if (plan.kind().worksWithFamily()) {
                inFamilyWork.add(plan.child().family().id());
            }
        }
        for (Child c : w.population().everyChild()) {
            int n = placements.getOrDefault(c.id(), 0);
            assertTrue(n <= 1, "child " + c.id() + " in " + n + " placements");
            if (c.present()) {
                assertEquals(n == 1, c.lookedAfter(), "child " + c.id() + " looked after");
            }
        }
        for (Family f : w.population().families()) {
            assertEquals(inFamilyWork.contains(f.id()), f.inFamilyWork(), "family " + f.id());
        }
        Set<Integer> assessed = new HashSet<>();
        for (var stage : w.pathway().underWay()) {
            if (stage.kind() == issim.core.model.AssessmentStage.Kind.INITIAL) {
                assertTrue(assessed.add(stage.child().id()), "two initial assessments");
            }
        }
        assertTrue(w.care().proceedingsUnderWay() >= 0);
    }
}
