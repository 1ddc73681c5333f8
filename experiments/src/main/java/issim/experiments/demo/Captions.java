package issim.experiments.demo;

import issim.core.World;
import issim.core.domain.AgencyKind;
import issim.core.model.Plan;
import issim.core.model.Referral;
import issim.core.observe.Measure;
import issim.core.observe.MonthlyReport;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "What just happened": the month's events that matter, for the caption, each naming the child it
 * happened to. The model tells its observers only monthly counts, so each event is found after the
 * fact or heard of as it happens: referrals lost are read from the world's referral book (which
 * names the child and both agencies), families dropping out from its plans (each names its child
 * and lead agency), serious case reviews from safeguarding as they are held (the child and the
 * agencies involved). The month's counts say how many there were in all.
 */
final class Captions {
    /** One event for the caption; {@code child} is -1 when none is named. */
    record Event(String kind, String text, int child) {
        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", kind);
            m.put("text", text);
            m.put("child", child);
            return m;
        }
    }

    /**
     * Events of each kind named each month, the rest counted ("and 12 more referrals lost"): one,
     * so that a caption shows every kind of loss the month had and stays readable.
     */
    private static final int MAX_NAMED = 1;

    private final World world;
    private final BitSet reported = new BitSet();

    /** Referrals before this index are settled (accepted, rejected or lost and reported). */
    private int settled;

    /** Plans before this index are closed, and their dropouts reported. */
    private int closedPlans;

    private final BitSet plansReported = new BitSet();

    /** Serious case reviews held since the last month's caption: child id and agencies involved. */
    private final List<int[]> reviews = new ArrayList<>();

    Captions(World world) {
        this.world = world;
        this.settled = world.referrals().book().all().size();
        this.closedPlans = world.population().plans().size();
        world.safeguarding()
                .listenToReviews((c, agencies) -> reviews.add(new int[] {c.id(), agencies}));
    }

    /** The events of the month just reported, the gravest first. */
    List<Event> month(MonthlyReport r) {
        List<Event> out = new ArrayList<>();
        out.addAll(reviews((int) count(r, Measure.SERIOUS_CASE_REVIEWS)));
        out.addAll(lostReferrals());
        out.addAll(dropouts((int) count(r, Measure.DROPOUTS)));
        return out;
    }

    private List<Event> reviews(int counted) {
        List<Event> out = new ArrayList<>();
        for (int[] review : reviews) {
            if (out.size() == MAX_NAMED) {
                break;
            }
            out.add(
                    new Event(
                            "review",
                            String.format(
                                    Locale.ROOT,
                                    "Child %d: a serious case review after harm (%s involved)",
                                    review[0],
                                    agencies(review[1])),
                            review[0]));
        }
        int more = Math.max(counted, reviews.size()) - out.size();
        if (more > 0) {
            out.add(new Event("review", "and " + more + " more serious case reviews", -1));
        }
        reviews.clear();
        return out;
    }

    /** Families whose plan ended this month because they dropped out of it. */
    private List<Event> dropouts(int counted) {
        List<Plan> plans = world.population().plans();
        List<Event> out = new ArrayList<>();
        int found = 0;
        for (int i = closedPlans; i < plans.size(); i++) {
            Plan plan = plans.get(i);
            if (plan.open() || !plan.droppedOut() || plansReported.get(i)) {
                continue;
            }
            plansReported.set(i);
            if (!plan.child().present()) {
                continue; // a family that left is not counted as dropping out
            }
            found++;
            if (out.size() < MAX_NAMED) {
                out.add(
                        new Event(
                                "dropout",
                                String.format(
                                        Locale.ROOT,
                                        "Child %d: the family dropped out of its plan with %s",
                                        plan.child().id(),
                                        name(plan.lead().agency().key())),
                                plan.child().id()));
            }
        }
        int more = Math.max(counted, found) - out.size();
        if (more > 0) {
            out.add(new Event("dropout", "and " + more + " more families dropped out", -1));
        }
        while (closedPlans < plans.size() && !plans.get(closedPlans).open()) {
            closedPlans++;
        }
        return out;
    }

    private static String agencies(int mask) {
        List<String> names = new ArrayList<>();
        for (AgencyKind a : AgencyKind.values()) {
            if ((mask & (1 << a.ordinal())) != 0) {
                names.add(name(a.key()));
            }
        }
        if (names.size() <= 1) {
            return names.isEmpty() ? "no agency" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1))
                + " and "
                + names.get(names.size() - 1);
    }

    private List<Event> lostReferrals() {
        List<Referral> all = world.referrals().book().all();
        List<Event> out = new ArrayList<>();
        int more = 0;
        for (int i = settled; i < all.size(); i++) {
            Referral ref = all.get(i);
            if (ref.fate() == Referral.Fate.LOST && !reported.get(i)) {
                reported.set(i);
                if (out.size() < MAX_NAMED) {
                    out.add(
                            new Event(
                                    "lost",
                                    String.format(
                                            Locale.ROOT,
                                            "Child %d: a referral from %s to %s was lost",
                                            ref.child().id(),
                                            name(ref.from().agency().key()),
                                            name(ref.to().key())),
                                    ref.child().id()));
                } else {
                    more++;
                }
            }
        }
        if (more > 0) {
            out.add(new Event("lost", "and " + more + " more referrals lost", -1));
        }
        while (settled < all.size() && settledFate(all.get(settled).fate())) {
            settled++;
        }
        return out;
    }

    private static boolean settledFate(Referral.Fate f) {
        return f == Referral.Fate.ACCEPTED
                || f == Referral.Fate.REJECTED
                || f == Referral.Fate.LOST;
    }

    static String name(String agencyKey) {
        return switch (agencyKey) {
            case "social_care" -> "social care";
            case "youth_service" -> "the youth service";
            case "yot_yisp" -> "YOT/YISP";
            case "childrens_centre" -> "the children's centre";
            case "connexions" -> "Connexions";
            default -> agencyKey;
        };
    }

    private static double count(MonthlyReport r, Measure m) {
        double v = r.value(m);
        return Double.isNaN(v) ? 0 : v;
    }
}
