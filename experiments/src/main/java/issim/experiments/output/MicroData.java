package issim.experiments.output;

import issim.core.World;
import issim.core.domain.Outcome;
import issim.core.model.Child;
import issim.core.observe.MonthlyReport;
import issim.experiments.run.MicroRecorder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Micro-data for researchers ({@code --export children,events}), under {@code microdata/}: for each
 * run, {@code children-<scenario>-r<replication>.csv.gz}, every child in the locality at the end of
 * each simulated year, and {@code events-<scenario>-r<replication>.csv.gz}, every adverse life
 * event after the warm-up; and {@code codebook.csv}, what every column means. Each run writes its
 * own files as it goes (gzip with no time stamp, so the same run gives the same bytes), so memory
 * does not grow with the data.
 */
public final class MicroData implements MicroRecorder {
    public static final String DIR = "microdata";
    public static final List<String> KINDS = List.of("children", "events");

    /** file, column, meaning, unit. */
    private static final String[][] CODEBOOK = {
        {"children", "scenario", "the scenario's name", ""},
        {"children", "replication", "the replication, from 0", ""},
        {"children", "seed", "the replication's seed", ""},
        {
            "children",
            "month",
            "months after the warm-up (12, 24, …: the end of each year)",
            "months"
        },
        {"children", "day", "model day (0 is the end of the warm-up)", "days"},
        {"children", "child", "the child's id, stable within a run", ""},
        {"children", "family", "the family's id, stable within a run", ""},
        {"children", "age", "age in whole years", "years"},
        {
            "children",
            "quintile",
            "the family's deprivation quintile, 1 least to 5 most deprived",
            ""
        },
        {"children", "school", "the school attended (site name), empty if none", ""},
        {"children", "be_healthy", "outcome index: be healthy", "index 0-1"},
        {"children", "stay_safe", "outcome index: stay safe", "index 0-1"},
        {"children", "enjoy_and_achieve", "outcome index: enjoy and achieve", "index 0-1"},
        {
            "children",
            "positive_contribution",
            "outcome index: make a positive contribution",
            "index 0-1"
        },
        {
            "children",
            "economic_well_being",
            "outcome index: achieve economic well-being",
            "index 0-1"
        },
        {
            "children",
            "updated_day",
            "the model day the outcome indices were last brought up to date",
            "days"
        },
        {"children", "open_plans", "plans of any agency open for the child", "plans"},
        {"children", "social_care_case", "on a child in need or protection plan", "true/false"},
        {"children", "protection_plan", "on a child protection plan", "true/false"},
        {"children", "protection_plans", "protection plans ever started for the child", "plans"},
        {"children", "first_time_entrant", "has entered the youth justice system", "true/false"},
        {"children", "agencies_involved", "agencies that know of the child's needs", "agencies"},
        {"events", "scenario", "the scenario's name", ""},
        {"events", "replication", "the replication, from 0", ""},
        {"events", "seed", "the replication's seed", ""},
        {
            "events",
            "day",
            "model day of the adverse life event (0 is the end of the warm-up)",
            "days"
        },
        {"events", "child", "the child's id, as in the children files", ""},
        {"events", "outcome", "the outcome the event harms (be_healthy, stay_safe, …)", ""},
        {"events", "severity", "how far the event pushes the outcome index down", "index"}
    };

    private final Path dir;
    private final boolean children, events;

    /** Writes under {@code parent}/microdata the {@code kinds} asked for (of {@link #KINDS}). */
    public MicroData(Path parent, Set<String> kinds) throws IOException {
        this.dir = parent.resolve(DIR);
        this.children = kinds.contains("children");
        this.events = kinds.contains("events");
        Files.createDirectories(dir);
        StringBuilder b = new StringBuilder("file,column,meaning,unit\n");
        for (String[] row : CODEBOOK) {
            if (kinds.contains(row[0])) {
                b.append(row[0])
                        .append(',')
                        .append(row[1])
                        .append(',')
                        .append(Csv.text(row[2]))
                        .append(',')
                        .append(Csv.text(row[3]))
                        .append('\n');
            }
        }
        Files.writeString(dir.resolve("codebook.csv"), b.toString(), StandardCharsets.UTF_8);
    }

    @Override
    public Recording start(String scenario, int replication, long seed, World world)
            throws IOException {
        String run = scenario + "-r" + replication;
        Writer kids = children ? open("children-" + run + ".csv.gz", "children") : null;
        Writer lifeEvents = events ? open("events-" + run + ".csv.gz", "events") : null;
        String prefix = Csv.text(scenario) + "," + replication + "," + seed + ",";
        return new Recording() {
            private static final long serialVersionUID = 1L;

            @Override
            public void onMonth(MonthlyReport report) {
                if (kids == null || report.month() % 12 != 0) {
                    return;
                }
                try {
                    for (Child c : world.population().children()) {
                        if (c.present()) {
                            kids.write(child(prefix, report, c));
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void onLifeEvent(double day, int childId, int outcomeOrdinal, double severity) {
                if (lifeEvents == null || day < 0) {
                    return;
                }
                try {
                    lifeEvents.write(
                            prefix
                                    + Csv.number(day)
                                    + ","
                                    + childId
                                    + ","
                                    + Outcome.values()[outcomeOrdinal].key()
                                    + ","
                                    + Csv.number(severity)
                                    + "\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() throws IOException {
                try {
                    if (kids != null) {
                        kids.close();
                    }
                } finally {
                    if (lifeEvents != null) {
                        lifeEvents.close();
                    }
                }
            }
        };
    }

    private static String child(String prefix, MonthlyReport report, Child c) {
        StringBuilder b = new StringBuilder(prefix);
        b.append(report.month()).append(',').append(Csv.number(report.day()));
        b.append(',').append(c.id()).append(',').append(c.family().id());
        b.append(',').append(c.age()).append(',').append(c.family().quintile());
        b.append(',').append(c.school() == null ? "" : Csv.text(c.school().name()));
        for (Outcome o : Outcome.values()) {
            b.append(',').append(Csv.number(c.outcome(o)));
        }
        b.append(',').append(Csv.number(c.updatedDay()));
        b.append(',').append(c.openPlans());
        b.append(',').append(c.socialCareCase());
        b.append(',').append(c.protectionPlan());
        b.append(',').append(c.protectionPlans());
        b.append(',').append(c.firstTimeEntrant());
        b.append(',').append(c.agenciesInvolved());
        return b.append('\n').toString();
    }

    private Writer open(String name, String kind) throws IOException {
        Writer w =
                new BufferedWriter(
                        new OutputStreamWriter(
                                new GZIPOutputStream(
                                        Files.newOutputStream(dir.resolve(name)), 1 << 16),
                                StandardCharsets.UTF_8),
                        1 << 16);
        StringBuilder h = new StringBuilder();
        for (String[] row : CODEBOOK) {
            if (row[0].equals(kind)) {
                h.append(h.length() == 0 ? "" : ",").append(row[1]);
            }
        }
        w.write(h.append('\n').toString());
        return w;
    }
}
