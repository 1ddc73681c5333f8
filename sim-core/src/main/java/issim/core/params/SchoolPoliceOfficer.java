package issim.core.params;

import java.io.Serializable;
import java.util.List;

/**
 * A police officer based in schools (000 case study 3): shared between two schools, half the week
 * each, funded at 30% of a salary by the schools; either a prevention focus or a detection target.
 */
public record SchoolPoliceOfficer(
        @Param("Whether the intervention is in place") boolean enabled,
        @Param(
                        value = "Secondary schools sharing the officer",
                        unit = "schools",
                        min = 1,
                        max = 500,
                        source = "000 case study 3: two")
                int schools,
        @Param(
                        value =
                                "Host schools named by number (1 for secondary school 1), exactly as many as schools; empty: the schools with the most anti-social behaviour police have learnt of before the start",
                        source = "000 case studies 2 and 3")
                List<Integer> hostSchools,
        @Param(
                        value = "Share of the week the officer is at each school",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source = "000 case study 3: half the week each")
                double weekShare,
        @Param(
                        value = "Share of the officer's salary paid by the schools",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source = "000 case study 3: 30%")
                double salaryShare,
        @Param(
                        value =
                                "The officer works to a detection target (true) or with a prevention focus (false)",
                        source =
                                "000 case studies 2 and 3: a detection target vs a prevention focus")
                boolean detectionTarget,
        @Param(
                        value =
                                "Fall in incidents at school while the officer is present, with a prevention focus",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source = "000 case study 3; assumption")
                double preventionEffect,
        @Param(
                        value = "Chance the officer learns of an incident at school while present",
                        unit = "probability",
                        min = 0,
                        max = 1,
                        source = "assumption")
                double detectAtSchool,
        @Param(
                        value =
                                "Multiplier on the chance of a formal response to an incident the officer handles, prevention focus",
                        unit = "ratio",
                        min = 0,
                        max = 10,
                        source = "000 case studies 2 and 3: restorative, informal responses")
                double preventionFormalMultiplier,
        @Param(
                        value =
                                "Monthly rise in pupils' families' trust in police at the officer's schools",
                        unit = "share/month",
                        min = 0,
                        max = 1,
                        source = "000 case study 3: pupils' trust in police")
                double pupilTrustGain)
        implements Serializable {

    public SchoolPoliceOfficer {
        hostSchools = hostSchools == null ? null : List.copyOf(hostSchools);
        ParameterCheck.require(
                SchoolPoliceOfficer.class,
                enabled,
                schools,
                hostSchools,
                weekShare,
                salaryShare,
                detectionTarget,
                preventionEffect,
                detectAtSchool,
                preventionFormalMultiplier,
                pupilTrustGain);
    }

    public static SchoolPoliceOfficer off() {
        return new SchoolPoliceOfficer(false, 2, List.of(), 0.5, 0.3, false, 0.3, 0.85, 0.25, 0.03);
    }

    public SchoolPoliceOfficer withSchools(int n) {
        return ParameterPaths.with(this, "schools", n);
    }

    public SchoolPoliceOfficer on(boolean detectionTarget) {
        return ParameterPaths.with(
                ParameterPaths.with(this, "enabled", true), "detectionTarget", detectionTarget);
    }
}
