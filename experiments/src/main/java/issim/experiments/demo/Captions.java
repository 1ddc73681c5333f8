package issim.experiments.demo;

import issim.core.World;
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
 * "What just happened": the month's events that matter, for the caption. The model tells its
 * observers only monthly counts, so each event is found after the fact: referrals lost are read
 * from the world's referral book (which names the child and both agencies); families dropping out
 * and serious case reviews from the month's counts, with no child named.
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

    /** Lost referrals named at most each month, so the caption stays readable. */
    private static final int MAX_NAMED = 3;

    private final World world;
    private final BitSet reported = new BitSet();

    /** Referrals before this index are settled (accepted, rejected or lost and reported). */
    private int settled;

    Captions(World world) {
        this.world = world;
        this.settled = world.referrals().book().all().size();
    }

    /** The events of the month just reported, the gravest first. */
    List<Event> month(MonthlyReport r) {
        List<Event> out = new ArrayList<>();
        int reviews = (int) count(r, Measure.SERIOUS_CASE_REVIEWS);
        if (reviews > 0) {
            out.add(
                    new Event(
                            "review",
                            reviews == 1
                                    ? "A serious case review after a child was harmed"
                                    : reviews + " serious case reviews after children were harmed",
                            -1));
        }
        out.addAll(lostReferrals());
        int dropouts = (int) count(r, Measure.DROPOUTS);
        if (dropouts > 0) {
            out.add(
                    new Event(
                            "dropout",
                            dropouts == 1
                                    ? "A family dropped out of its plan"
                                    : dropouts + " families dropped out of their plans",
                            -1));
        }
        return out;
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
