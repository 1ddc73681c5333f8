package issim.experiments.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScaleTest {
    @Test
    void ratesHaveOneDecimalAndThousandsSeparators() {
        assertEquals("1,877.8", Scale.RATE.level(1877.812));
        assertEquals("-36.0", Scale.RATE.change(-36.004));
        assertEquals("+23.9", Scale.RATE.change(23.93));
        assertEquals("0.0", Scale.RATE.change(0));
    }

    @Test
    void sharesAreInPerCentAndTheirChangesInPoints() {
        assertEquals("14.6%", Scale.SHARE.level(0.1460));
        assertEquals("-1.66", Scale.SHARE.change(-0.01656));
        assertEquals("+0.11", Scale.SHARE.change(0.001118));
        assertEquals(" points", Scale.SHARE.changeUnit());
        assertEquals("", Scale.RATE.changeUnit());
    }

    @Test
    void aValueThatWouldRoundToZeroKeepsItsSignAndTwoFigures() {
        // An interval's end just short of zero must not read as zero: "-0.031", not "-0.0".
        assertEquals("-0.031", Scale.RATE.change(-0.03054));
        assertEquals("-0.0018", Scale.SHARE.change(-1.847e-05));
        assertEquals("+0.0043", Scale.SHARE.change(4.338e-05));
    }

    @Test
    void rareEventsHaveTwoDecimalsAndNothingIsScientific() {
        assertEquals("0.78", Scale.RARE.level(0.7783));
        assertEquals("-0.02", Scale.RARE.change(-0.01993));
        assertEquals("0.00001847", HtmlReport.fmt(1.847e-05));
        assertEquals("0.6712", HtmlReport.fmt(0.67124));
        assertEquals("", Scale.RATE.level(Double.NaN));
    }

    @Test
    void daysReadAsYears() {
        assertEquals("10 years", HtmlReport.years(3650));
        assertEquals("18 years", HtmlReport.years(6570));
        assertEquals("1 year", HtmlReport.years(365));
        assertEquals("1.5 years", HtmlReport.years(548));
        assertEquals("30 days", HtmlReport.years(30));
    }
}
