package issim.experiments.cli;

import issim.core.observe.Measure;
import issim.experiments.output.OutputDirectory;
import issim.experiments.sweep.Design;
import issim.experiments.sweep.Responses;
import issim.experiments.sweep.Sensitivity;
import issim.experiments.sweep.SensitivityReport;
import issim.experiments.sweep.SweepManifest;
import issim.scenarios.ScenarioError;
import issim.scenarios.TextFiles;
import issim.scenarios.YamlTree;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "sensitivity",
        mixinStandardHelpOptions = true,
        description = {
            "Analyse a recorded Sobol or Morris sweep: Sobol first-order and total indices, or Morris"
                    + " mu* and sigma, each with a bootstrap 95%% interval, and the share of variance"
                    + " that is replication noise. The design is read from the sweep's manifest, so"
                    + " the analysis always matches the sample.",
            "Writes indices.csv, variance.csv, the figures and report.html into a new directory."
        })
final class SensitivityCommand implements Callable<Integer> {
    /** Reported when no --measure is given (those the sweep recorded). */
    static final List<Measure> HEADLINE =
            List.of(
                    Measure.UNMET_NEED_SHARE,
                    Measure.DAYS_TO_HELP,
                    Measure.REFERRALS_LOST,
                    Measure.CHILDREN_IN_NEED_PER_10K,
                    Measure.PROTECTION_PLANS_PER_10K,
                    Measure.SIGNIFICANT_HARM,
                    Measure.FIRST_TIME_ENTRANTS_PER_100K_10_17_YEAR,
                    Measure.OUTCOME_STAY_SAFE,
                    Measure.TRUST_ACROSS_AGENCIES,
                    Measure.COST);

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(paramLabel = "DIR", description = "The sweep's directory.")
    Path dir;

    @Option(
            names = "--measure",
            paramLabel = "KEY",
            description =
                    "A measure to report (repeatable; default: ten headline measures). indices.csv holds every measure.")
    List<String> measures = new ArrayList<>();

    @Option(
            names = "--out",
            paramLabel = "OUT",
            description = "Output directory; must not exist yet (default: DIR/sensitivity-NNN).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter say = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        SweepManifest.Recorded recorded = RecordedSweep.read(dir, err);
        if (recorded == null) {
            return ExitCode.BAD_INPUT.code();
        }
        Design d = recorded.design();
        if (!d.kind().analysable()) {
            err.println(
                    new ScenarioError(
                                    d.kindAt(),
                                    "design.kind",
                                    "a sobol or morris design (the indices need the sample they"
                                            + " were designed for)",
                                    d.kind().key())
                            .message());
            return ExitCode.BAD_INPUT.code();
        }
        Responses responses;
        try {
            responses = Responses.load(d, dir);
        } catch (IOException e) {
            err.println("issim sensitivity: cannot read " + dir + ": " + TextFiles.reason(e));
            return ExitCode.FAILURE.code();
        }
        if (!responses.missing().isEmpty()) {
            List<String> m = responses.missing();
            err.printf(
                    "issim sensitivity: expected every run of the sweep recorded, found %d missing"
                            + " (%s%s); 'issim sweep status %s' says how to run them%n",
                    m.size(),
                    String.join(" ", m.subList(0, Math.min(10, m.size()))),
                    m.size() > 10 ? " …" : "",
                    dir);
            return ExitCode.BAD_INPUT.code();
        }
        List<String> shown = new ArrayList<>();
        for (String m : measures) {
            if (!responses.measures().contains(m)) {
                String near = YamlTree.closest(m, responses.measures());
                err.println(
                        "issim sensitivity: --measure: expected a measure the sweep recorded"
                                + (near != null ? " (did you mean '" + near + "'?)" : "")
                                + ", found '"
                                + m
                                + "'");
                return ExitCode.BAD_INPUT.code();
            }
            shown.add(m);
        }
        List<Sensitivity.Result> all = new ArrayList<>();
        for (String m : responses.measures()) {
            all.add(Sensitivity.analyse(d, m, responses.values(m)));
        }
        if (shown.isEmpty()) {
            for (Measure m : HEADLINE) {
                for (Sensitivity.Result r : all) {
                    if (r.measure().equals(m.key())
                            && Sensitivity.varies(responses.values(m.key()))) {
                        shown.add(m.key());
                    }
                }
            }
        }
        if (shown.isEmpty()) {
            shown.add(all.get(0).measure());
        }
        Path target = out != null ? out : dir;
        try (OutputDirectory o =
                out != null
                        ? OutputDirectory.create(out)
                        : OutputDirectory.createNext(dir, "sensitivity")) {
            SensitivityReport.write(o.staging(), d, recorded.baseHash(), responses, all, shown);
            o.commit();
            if (o.displaced()) {
                err.println(
                        "issim sensitivity: --out: "
                                + o.requested()
                                + " appeared meanwhile; the results were written to "
                                + o.target()
                                + " instead");
            }
            say.println("wrote " + o.target());
            return ExitCode.OK.code();
        } catch (FileAlreadyExistsException e) {
            err.println(
                    "issim sensitivity: --out: expected a directory that does not exist yet, found "
                            + e.getFile()
                            + " already there");
            return ExitCode.BAD_INPUT.code();
        } catch (IOException e) {
            err.println(
                    "issim sensitivity: cannot write "
                            + target
                            + ": "
                            + OutputDirectory.problem(e, target));
            return ExitCode.FAILURE.code();
        }
    }
}
