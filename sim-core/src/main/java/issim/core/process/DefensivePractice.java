package issim.core.process;

import issim.core.model.Practitioner;
import issim.core.params.CultureParameters;

/**
 * Defensive practice inside social care (docs/ODD.md §7.15; 004 ch. 6): a risk-averse social
 * worker, fearing blame for a missed case, enquires, conferences and keeps children on plans at a
 * higher stay-safe index (so more reach the review that sends them to court). The enquiry's
 * threshold is scaled as the front door's acceptance threshold is (§7.6), by {@code
 * culture.riskAversionThresholdShift}; the conference's and the review's by {@code
 * culture.defensivePracticeShift}, calibrated to the rise in protection plans England saw after
 * November 2008 (docs/ODD.md §7.9).
 */
final class DefensivePractice {
    private DefensivePractice() {}

    /**
     * The front door's and the strategy discussion's: 1 for a worker with no risk aversion, up to 1
     * + riskAversionThresholdShift.
     */
    static double enquiry(Practitioner worker, CultureParameters culture, double now) {
        return raise(culture.riskAversionThresholdShift(), worker, culture, now);
    }

    /** The conference's and the review's: up to 1 + defensivePracticeShift. */
    static double protection(Practitioner worker, CultureParameters culture, double now) {
        return raise(culture.defensivePracticeShift(), worker, culture, now);
    }

    private static double raise(
            double shift, Practitioner worker, CultureParameters culture, double now) {
        return 1 + shift * worker.riskAversion(now, culture.riskAversionHalfLife());
    }
}
