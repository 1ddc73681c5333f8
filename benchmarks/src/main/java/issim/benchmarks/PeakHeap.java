package issim.benchmarks;

import issim.core.params.ModelParameters;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;

/**
 * Peak heap of one full run (default horizon of 10 years plus the default warm-up), which JMH's
 * {@code -prof gc} does not report (it gives allocation rates and GC counts, not the high-water
 * mark).
 *
 * <p>The peak is the sum over heap memory pools of each pool's peak usage, with the peaks reset
 * just before the run. Pools peak at different moments (eden just before a young collection, old
 * generation late in the run), so the sum is an upper bound on the heap in use at any one moment;
 * the old generation's peak alone (printed too) is a lower bound on what the run needs live. Run
 * with a low {@code -Xmx} to show that the run fits: it fails with OutOfMemoryError otherwise.
 *
 * <pre>
 * java -Xmx2g -cp benchmarks/target/benchmarks.jar issim.benchmarks.PeakHeap 100000 [baseline|whole-system] [seed]
 * </pre>
 */
public final class PeakHeap {
    private PeakHeap() {}

    public static void main(String[] args) {
        int children = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        String scenario = args.length > 1 ? args[1] : Workloads.BASELINE;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : Workloads.SEED;
        ModelParameters params = Workloads.parameters(children, scenario);

        List<MemoryPoolMXBean> heapPools =
                ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == MemoryType.HEAP)
                        .toList();
        System.gc();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);

        long start = System.nanoTime();
        double childYears = Workloads.run(params, seed);
        double seconds = (System.nanoTime() - start) / 1e9;

        long sumOfPeaks = 0;
        StringBuilder perPool = new StringBuilder();
        long oldPeak = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            long peak = pool.getPeakUsage().getUsed();
            sumOfPeaks += peak;
            perPool.append(
                    String.format(
                            Locale.ROOT, "  %-28s peak %8.1f MiB%n", pool.getName(), mib(peak)));
            String name = pool.getName().toLowerCase(Locale.ROOT);
            if (name.contains("old") || name.contains("tenured")) {
                oldPeak = peak;
            }
        }
        long max = Runtime.getRuntime().maxMemory();
        System.out.printf(
                Locale.ROOT,
                "children=%d scenario=%s seed=%d primaries=%d secondaries=%d horizonDays=%d warmupDays=%d%n",
                children,
                scenario,
                seed,
                params.locality().primarySchools(),
                params.locality().secondarySchools(),
                params.horizonDays(),
                params.warmupDays());
        System.out.printf(
                Locale.ROOT,
                "run time %.2f s, simulated child-years %.0f, child-years/s %.0f%n",
                seconds,
                childYears,
                childYears / seconds);
        System.out.print(perPool);
        System.out.printf(
                Locale.ROOT,
                "peak heap (sum of pool peaks) %.1f MiB; old generation peak %.1f MiB; -Xmx %.0f MiB%n",
                mib(sumOfPeaks),
                mib(oldPeak),
                mib(max));
    }

    private static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
