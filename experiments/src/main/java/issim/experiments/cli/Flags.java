package issim.experiments.cli;

import issim.scenarios.Echo;
import issim.scenarios.YamlTree;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * Flags as the user typed them: strict number conversion, and every command-line problem as one
 * line in the words of the rest of issim ({@code issim: --flag: expected …, found …}), quoting what
 * was typed, never the parser's own wording.
 */
final class Flags {
    private Flags() {}

    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
    private static final Pattern BUT_FOUND = Pattern.compile(".* but found '(.*)'$");

    /** Registers the strict converters for whole numbers and numbers on {@code cli}. */
    static void register(CommandLine cli) {
        CommandLine.ITypeConverter<Integer> integer =
                s -> (int) whole(s, Integer.MIN_VALUE, Integer.MAX_VALUE);
        CommandLine.ITypeConverter<Long> longs = s -> whole(s, Long.MIN_VALUE, Long.MAX_VALUE);
        CommandLine.ITypeConverter<Double> number = Flags::number;
        cli.registerConverter(Integer.class, integer);
        cli.registerConverter(int.class, integer);
        cli.registerConverter(Long.class, longs);
        cli.registerConverter(long.class, longs);
        cli.registerConverter(Double.class, number);
        cli.registerConverter(double.class, number);
        CommandLine.ITypeConverter<Boolean> bool =
                s -> {
                    if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
                        return Boolean.parseBoolean(s);
                    }
                    throw new CommandLine.TypeConversionException("true or false");
                };
        cli.registerConverter(Boolean.class, bool);
        cli.registerConverter(boolean.class, bool);
    }

    /**
     * A whole number; one too large or too small for its type becomes the type's largest or
     * smallest, which every command's own range refuses, quoting what was typed.
     */
    private static long whole(String s, long min, long max) {
        if (!WHOLE.matcher(s).matches()) {
            throw new CommandLine.TypeConversionException("a whole number");
        }
        BigInteger v = new BigInteger(s);
        if (v.compareTo(BigInteger.valueOf(min)) < 0) {
            return min;
        }
        return v.compareTo(BigInteger.valueOf(max)) > 0 ? max : v.longValue();
    }

    private static double number(String s) {
        if (DECIMAL.matcher(s).matches()) {
            double v = Double.parseDouble(s);
            if (Double.isFinite(v)) {
                return v;
            }
        }
        throw new CommandLine.TypeConversionException("a number");
    }

    /** What the user typed for {@code option} (the last time it was given), else {@code parsed}. */
    static String typed(CommandSpec spec, String option, Object parsed) {
        OptionSpec o = spec == null ? null : spec.findOption(option);
        if (o != null && !o.originalStringValues().isEmpty()) {
            List<String> typed = o.originalStringValues();
            return Echo.of(typed.get(typed.size() - 1));
        }
        return Echo.of(String.valueOf(parsed));
    }

    /** The one line for a command-line problem the parser found. */
    static String problem(ParameterException e, String[] args) {
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        String command = spec.qualifiedName();
        String help = "'" + command + " --help' lists them";
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String first = unmatched.isEmpty() ? "" : unmatched.get(0);
            if (first.startsWith("-") && first.length() > 1 && !DECIMAL.matcher(first).matches()) {
                String name = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
                List<String> names = new ArrayList<>();
                for (OptionSpec o : spec.options()) {
                    names.addAll(List.of(o.names()));
                }
                String closest = YamlTree.closest(name, names);
                List<String> near = closest == null ? u.getSuggestions() : List.of(closest);
                return "issim: "
                        + Echo.of(name)
                        + ": expected an option of "
                        + command
                        + (near.isEmpty()
                                ? " (" + help + ")"
                                : " (did you mean " + near.get(0) + "?)")
                        + ", found the unknown option '"
                        + Echo.of(name)
                        + "'";
            }
            return head(command)
                    + "expected "
                    + positionals(spec)
                    + (spec.positionalParameters().isEmpty() && !spec.subcommands().isEmpty()
                            ? ", found the unknown command '"
                            : ", found the extra argument '")
                    + Echo.of(first)
                    + "'";
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            ArgSpec missing = m.getMissing().isEmpty() ? e.getArgSpec() : m.getMissing().get(0);
            Matcher found = BUT_FOUND.matcher(String.valueOf(e.getMessage()));
            String what = found.matches() ? "the option '" + Echo.of(found.group(1)) + "'" : "none";
            if (missing instanceof OptionSpec o) {
                return "issim: "
                        + o.longestName()
                        + ": expected a value ("
                        + o.paramLabel()
                        + "), found "
                        + what;
            }
            if (missing instanceof PositionalParamSpec p) {
                return head(command) + "expected " + p.paramLabel() + ", found none";
            }
        }
        if (e instanceof CommandLine.OverwrittenOptionException
                || e instanceof CommandLine.MaxValuesExceededException) {
            String name = repeated(spec, args);
            if (name == null && e.getArgSpec() instanceof OptionSpec o) {
                name = o.longestName();
            }
            if (name != null) {
                return "issim: " + name + ": expected the option once, found it given again";
            }
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            ArgSpec a = e.getArgSpec();
            String name =
                    a instanceof OptionSpec o
                            ? o.longestName()
                            : ((PositionalParamSpec) a).paramLabel();
            String expected =
                    e.getCause() instanceof CommandLine.TypeConversionException t
                            ? t.getMessage()
                            : "a value of " + name;
            return "issim: "
                    + name
                    + ": expected "
                    + expected
                    + ", found '"
                    + Echo.of(e.getValue())
                    + "'";
        }
        return head(command)
                + "expected the arguments described by '"
                + command
                + " --help', found "
                + Echo.of(String.valueOf(e.getMessage()));
    }

    /** The first option of {@code spec} that {@code args} give more than once, or null. */
    private static String repeated(CommandSpec spec, String[] args) {
        java.util.Set<OptionSpec> seen = new java.util.HashSet<>();
        for (String a : args) {
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            OptionSpec o = name.startsWith("-") ? spec.findOption(name) : null;
            if (o != null && !o.isMultiValue() && !seen.add(o)) {
                return o.longestName();
            }
        }
        return null;
    }

    /** "issim: " for the command itself, "issim: run: " for a subcommand. */
    private static String head(String command) {
        return command.equals("issim") ? "issim: " : "issim: " + command.substring(6) + ": ";
    }

    /** "at most SCENARIO", "no arguments": what the positional parameters allow. */
    private static String positionals(CommandSpec spec) {
        List<PositionalParamSpec> ps = spec.positionalParameters();
        if (ps.isEmpty()) {
            return spec.subcommands().isEmpty()
                    ? "no arguments"
                    : "a command (" + String.join(", ", spec.subcommands().keySet()) + ")";
        }
        StringBuilder b = new StringBuilder("at most ");
        for (int i = 0; i < ps.size(); i++) {
            if (i > 0) {
                b.append(" and ");
            }
            b.append(ps.get(i).paramLabel());
        }
        return b.toString();
    }
}
