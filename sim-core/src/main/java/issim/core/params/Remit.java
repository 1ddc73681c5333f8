package issim.core.params;

import issim.core.domain.Outcome;
import java.io.Serializable;

/**
 * How much of each outcome an agency sees and acts on, from 0 (outside its remit) to 1 (its core
 * business). The silo effect lives in these weights: each agency sees a fragment of a child's need.
 */
public record Remit(
        @Param(
                        value = "Weight of be-healthy in this agency's remit",
                        unit = "weight",
                        min = 0,
                        max = 1,
                        source =
                                "000 Table 1 (purposes: each agency answers to its own outcomes); assumption")
                double beHealthy,
        @Param(
                        value = "Weight of stay-safe",
                        unit = "weight",
                        min = 0,
                        max = 1,
                        source =
                                "000 Table 1 (purposes: each agency answers to its own outcomes); assumption")
                double staySafe,
        @Param(
                        value = "Weight of enjoy-and-achieve",
                        unit = "weight",
                        min = 0,
                        max = 1,
                        source =
                                "000 Table 1 (purposes: each agency answers to its own outcomes); assumption")
                double enjoyAndAchieve,
        @Param(
                        value = "Weight of make-a-positive-contribution",
                        unit = "weight",
                        min = 0,
                        max = 1,
                        source =
                                "000 Table 1 (purposes: each agency answers to its own outcomes); assumption")
                double positiveContribution,
        @Param(
                        value = "Weight of achieve-economic-well-being",
                        unit = "weight",
                        min = 0,
                        max = 1,
                        source =
                                "000 Table 1 (purposes: each agency answers to its own outcomes); assumption")
                double economicWellBeing)
        implements Serializable {

    public Remit {
        ParameterCheck.require(
                Remit.class,
                beHealthy,
                staySafe,
                enjoyAndAchieve,
                positiveContribution,
                economicWellBeing);
    }

    public double weight(Outcome outcome) {
        return switch (outcome) {
            case BE_HEALTHY -> beHealthy;
            case STAY_SAFE -> staySafe;
            case ENJOY_AND_ACHIEVE -> enjoyAndAchieve;
            case POSITIVE_CONTRIBUTION -> positiveContribution;
            case ECONOMIC_WELL_BEING -> economicWellBeing;
        };
    }

    /** The weights as an array indexed by {@link Outcome#ordinal()}. */
    public double[] toArray() {
        return new double[] {
            beHealthy, staySafe, enjoyAndAchieve, positiveContribution, economicWellBeing
        };
    }
}
