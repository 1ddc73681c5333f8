package issim.experiments.demo;

import issim.core.World;
import issim.core.domain.AgencyKind;
import issim.core.model.Child;
import issim.core.model.Practitioner;
import issim.core.model.TrustMatrix;
import issim.core.observe.MonthlyReport;
import issim.core.params.Interventions;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One side of the screen: a world stepped a month at a time from day 0, its monthly reports, the
 * switches flipped in it and what it shows (docs/demo.md describes the JSON).
 */
final class Panel {
    /**
     * About as many children as are drawn, so the picture stays light in a browser: on a large
     * locality one child in {@link #stride}, by id, so the same children stay drawn month to month.
     */
    static final int DRAWN_CHILDREN = 1200;

    private final String scenario;
    private final World world;
    private final Interventions toggleSettings;
    private final List<MonthlyReport> reports = new ArrayList<>();
    private final Running running = new Running();
    private final Captions captions;

    /** Each switch's flips: the month shown when it was flipped, and whether it read on after. */
    private final Map<Toggle, List<Flip>> flips = new EnumMap<>(Toggle.class);

    private List<Captions.Event> lastEvents = List.of();
    private final int stride;

    Panel(String scenario, World dayZero, Interventions toggleSettings) {
        this.scenario = scenario;
        this.world = dayZero;
        this.toggleSettings = toggleSettings;
        this.captions = new Captions(dayZero);
        int shown = 0;
        for (Child c : dayZero.population().children()) {
            if (c.present() && (dayZero.levels().level(c) >= 2 || mask(c) != 0)) {
                shown++;
            }
        }
        this.stride = Math.max(1, (shown + DRAWN_CHILDREN - 1) / DRAWN_CHILDREN);
        world.addObserver(reports::add);
    }

    int month() {
        return reports.size();
    }

    boolean finished() {
        return world.schedule.getTime() >= world.endTime() - 1e-9;
    }

    /** Runs the coarse steps up to and including the next month's report. */
    void stepMonth() {
        int before = reports.size();
        while (reports.size() == before && !finished() && world.schedule.step(world)) {
            // MASON runs the coarse steps; each drains the event queue up to its own time.
        }
        if (reports.size() > before) {
            MonthlyReport r = reports.get(reports.size() - 1);
            running.add(r);
            lastEvents = captions.month(r);
        }
    }

    /** One flip of a switch: at the end of month {@code month}, to {@code on}. */
    record Flip(int month, boolean on) {
        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("month", month);
            m.put("on", on);
            return m;
        }
    }

    /** Flips {@code t} from now, at the end of the month shown, either way. */
    void flip(Toggle t) {
        if (finished()) {
            // Nothing is left to run: a switch now would change nothing the room could see.
            throw new IllegalStateException("the run has ended: reset to switch " + t.label());
        }
        t.flip(world, toggleSettings);
        flips.computeIfAbsent(t, k -> new ArrayList<>()).add(new Flip(month(), t.on(world)));
    }

    /** The first month any switch was flipped in this panel, or -1. */
    int firstFlip() {
        int first = -1;
        for (List<Flip> f : flips.values()) {
            if (first < 0 || f.get(0).month() < first) {
                first = f.get(0).month();
            }
        }
        return first;
    }

    /** What the browser draws for this side. */
    Map<String, Object> view() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("scenario", scenario);
        v.put("month", month());
        v.put("finished", finished());
        v.put("counters", running.counters());
        v.put("series", running.series());
        v.put("trust", trust());
        v.put("strongest", strongest());
        v.put("practitioners", practitioners());
        v.put("children", children());
        v.put("childrenStride", stride);
        v.put("inNeedUnknown", inNeedUnknown());
        v.put("events", lastEvents.stream().map(Captions.Event::toMap).toList());
        v.put("toggles", toggles());
        return v;
    }

    private List<Map<String, Object>> toggles() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Toggle t : Toggle.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", t.key());
            m.put("label", t.label());
            List<Flip> f = flips.getOrDefault(t, List.of());
            m.put("on", t.on(world));
            m.put("canFlip", t.canFlip(world));
            m.put("flippedAt", f.isEmpty() ? null : f.get(f.size() - 1).month());
            m.put("flips", f.stream().map(Flip::toMap).toList());
            out.add(m);
        }
        return out;
    }

    /** Mean trust between each pair of agencies, both ways, rounded for the wire. */
    private double[][] trust() {
        TrustMatrix.Summary s = world.trust().summary();
        int n = AgencyKind.COUNT;
        double[][] out = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                out[a][b] = round(s.agency(AgencyKind.of(a), AgencyKind.of(b)));
            }
        }
        return out;
    }

    /**
     * The strongest working relationship between each pair of agencies: the highest trust, both
     * ways, between any practitioner of one and any of the other. A mean over every practitioner
     * hardly moves when an intervention brings a few of them together (co-location's staff come to
     * trust each other at about 0.8, docs/ODD.md §7.11, among scores of colleagues at 0.2), so the
     * picture the room watches draws this instead.
     */
    private double[][] strongest() {
        int n = AgencyKind.COUNT;
        double[][] out = new double[n][n];
        for (int a = 0; a < n; a++) {
            List<Practitioner> as = world.locality().of(AgencyKind.of(a));
            for (int b = a + 1; b < n; b++) {
                List<Practitioner> bs = world.locality().of(AgencyKind.of(b));
                double best = 0;
                for (Practitioner x : as) {
                    for (Practitioner y : bs) {
                        best =
                                Math.max(
                                        best,
                                        (world.trust().get(x, y) + world.trust().get(y, x)) / 2);
                    }
                }
                out[a][b] = out[b][a] = round(best);
            }
        }
        return out;
    }

    private int[] practitioners() {
        int[] out = new int[AgencyKind.COUNT];
        for (AgencyKind a : AgencyKind.values()) {
            out[a.ordinal()] = world.locality().of(a).size();
        }
        return out;
    }

    /**
     * Children in need or known to an agency (one in {@link #stride}), each as {@code [id, level,
     * mask]}, where bit a of the mask says agency a holds a piece of their need (the fragments of
     * docs/ODD.md §7.4); and every child a caption names, so its dot can be marked.
     */
    private List<int[]> children() {
        BitSet named = new BitSet();
        for (Captions.Event e : lastEvents) {
            if (e.child() >= 0) {
                named.set(e.child());
            }
        }
        List<int[]> out = new ArrayList<>();
        for (Child c : world.population().children()) {
            if (named.get(c.id()) && c.present()) {
                out.add(new int[] {c.id(), world.levels().level(c), mask(c)});
                continue;
            }
            if (!c.present() || c.id() % stride != 0) {
                continue;
            }
            int level = world.levels().level(c);
            int mask = mask(c);
            if (level >= 2 || mask != 0) {
                out.add(new int[] {c.id(), level, mask});
            }
        }
        return out;
    }

    /** Children in need (level 2 or above) of whom no agency knows anything, all of them. */
    private int inNeedUnknown() {
        int n = 0;
        for (Child c : world.population().children()) {
            if (c.present() && mask(c) == 0 && world.levels().level(c) >= 2) {
                n++;
            }
        }
        return n;
    }

    private static int mask(Child c) {
        int mask = 0;
        for (AgencyKind a : AgencyKind.values()) {
            if (c.known(a) != 0) {
                mask |= 1 << a.ordinal();
            }
        }
        return mask;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    /** The world shown, for tests. */
    World world() {
        return world;
    }

    /** The month's reports, for tests. */
    List<MonthlyReport> reports() {
        return List.copyOf(reports);
    }
}
