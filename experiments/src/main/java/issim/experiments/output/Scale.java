package issim.experiments.output;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * How the decision table writes an indicator's values for a director to read: a rate or count to
 * one decimal, a share in per cent with its change in percentage points. A value that would round
 * to zero but is not zero keeps two significant figures, so that an interval just short of zero
 * does not read as touching it.
 */
enum Scale {
    /** Rates per 10,000 or 100,000, days: one decimal. */
    RATE(1, 1, ""),
    /** Rare events per 10,000 a year (significant harm, under one): two decimals. */
    RARE(1, 2, ""),
    /** Shares: the level in per cent, the change in percentage points to two decimals. */
    SHARE(100, 2, " points");

    private final double factor;
    private final int changeDecimals;
    private final String changeUnit;

    Scale(double factor, int changeDecimals, String changeUnit) {
        this.factor = factor;
        this.changeDecimals = changeDecimals;
        this.changeUnit = changeUnit;
    }

    /** A baseline's level: {@code 1,877.8}, or {@code 14.6%} for a share. */
    String level(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return decimals(v * factor, this == RARE ? 2 : 1, false) + (this == SHARE ? "%" : "");
    }

    /** A signed change: {@code -36.0}, or {@code +0.11} (points) for a share. */
    String change(double v) {
        return decimals(v * factor, changeDecimals, true);
    }

    /** What follows a change and its interval: nothing, or " points" for a share. */
    String changeUnit() {
        return changeUnit;
    }

    static String decimals(double v, int places, boolean signed) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == 0) {
            return String.format(Locale.ROOT, "%." + places + "f", 0.0);
        }
        String s =
                Math.abs(v) < 0.5 * Math.pow(10, -places)
                        ? new BigDecimal(v).round(new MathContext(2)).toPlainString()
                        : String.format(Locale.ROOT, "%,." + places + "f", v);
        return signed && v > 0 ? "+" + s : s;
    }
}
