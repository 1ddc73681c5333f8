package issim.core.params;

import issim.core.domain.AgencyKind;
import java.io.Serializable;

/**
 * The eight agencies of the default locality. Staffing and caseloads follow England's workforce of
 * 2008-2010 where a figure is known; remits follow each agency's core business (000 Table 1:
 * "purposes" — each agency answers to its own outcomes and targets).
 */
public record AgenciesParameters(
        AgencyParameters school,
        AgencyParameters health,
        AgencyParameters socialCare,
        AgencyParameters police,
        AgencyParameters youthService,
        AgencyParameters yotYisp,
        AgencyParameters childrensCentre,
        AgencyParameters connexions)
        implements Serializable {

    public AgenciesParameters {
        ParameterCheck.require(
                AgenciesParameters.class,
                school,
                health,
                socialCare,
                police,
                youthService,
                yotYisp,
                childrensCentre,
                connexions);
    }

    public AgencyParameters of(AgencyKind kind) {
        return switch (kind) {
            case SCHOOL -> school;
            case HEALTH -> health;
            case SOCIAL_CARE -> socialCare;
            case POLICE -> police;
            case YOUTH_SERVICE -> youthService;
            case YOUTH_OFFENDING -> yotYisp;
            case CHILDRENS_CENTRE -> childrensCentre;
            case CONNEXIONS -> connexions;
        };
    }

    public AgenciesParameters with(AgencyKind kind, AgencyParameters p) {
        return new AgenciesParameters(
                kind == AgencyKind.SCHOOL ? p : school,
                kind == AgencyKind.HEALTH ? p : health,
                kind == AgencyKind.SOCIAL_CARE ? p : socialCare,
                kind == AgencyKind.POLICE ? p : police,
                kind == AgencyKind.YOUTH_SERVICE ? p : youthService,
                kind == AgencyKind.YOUTH_OFFENDING ? p : yotYisp,
                kind == AgencyKind.CHILDRENS_CENTRE ? p : childrensCentre,
                kind == AgencyKind.CONNEXIONS ? p : connexions);
    }

    public static AgenciesParameters defaults() {
        //                          staff cap  ages  contact notice concern accept days lift  cost
        return new AgenciesParameters(
                // Schools: daily contact in term with every pupil; see achievement and conduct
                // well,
                // safety and health only by their signs.
                new AgencyParameters(
                        0,
                        25,
                        5,
                        15,
                        1.0,
                        0.02,
                        0.25,
                        0.15,
                        90,
                        0.12,
                        38_000,
                        new Remit(0.3, 0.35, 1.0, 0.8, 0.2)),
                // Health: health visitors (0-4), school nurses, GPs.
                new AgencyParameters(
                        12,
                        30,
                        0,
                        17,
                        0.6,
                        0.01,
                        0.25,
                        0.15,
                        90,
                        0.12,
                        45_000,
                        new Remit(1.0, 0.4, 0.1, 0.1, 0.1)),
                // Children's social care: meets children only on referral. ~22 social workers per
                // 10,000 children and caseloads of ~18 (Social Work Task Force 2009).
                new AgencyParameters(
                        22,
                        18,
                        0,
                        17,
                        0.0,
                        0.0,
                        0.30,
                        0.4,
                        365,
                        0.22,
                        48_000,
                        new Remit(0.6, 1.0, 0.3, 0.3, 0.2)),
                // Police: meet children on incidents: domestic violence call-outs (families with
                // domestic
                // violence only) and anti-social behaviour (see YouthJustice).
                new AgencyParameters(
                        6,
                        0,
                        0,
                        17,
                        1.0,
                        0.004,
                        0.30,
                        0.0,
                        1,
                        0.0,
                        50_000,
                        new Remit(0.0, 1.0, 0.0, 0.8, 0.0)),
                // Youth service: attendees aged 11-17.
                new AgencyParameters(
                        6,
                        20,
                        11,
                        17,
                        0.25,
                        0.01,
                        0.30,
                        0.15,
                        84,
                        0.12,
                        32_000,
                        new Remit(0.3, 0.3, 0.5, 1.0, 0.3)),
                // YOT / YISP: on referral for offending or the risk of it.
                new AgencyParameters(
                        3,
                        12,
                        10,
                        17,
                        0.0,
                        0.0,
                        0.30,
                        0.15,
                        180,
                        0.15,
                        40_000,
                        new Remit(0.2, 0.4, 0.4, 1.0, 0.4)),
                // Children's centre: families with under-fives.
                new AgencyParameters(
                        4,
                        20,
                        0,
                        4,
                        0.4,
                        0.01,
                        0.30,
                        0.15,
                        120,
                        0.12,
                        30_000,
                        new Remit(0.8, 0.5, 0.4, 0.1, 0.4)),
                // Connexions / IAG personal advisers: ages 13-17.
                new AgencyParameters(
                        4,
                        40,
                        13,
                        17,
                        0.5,
                        0.005,
                        0.30,
                        0.15,
                        120,
                        0.12,
                        32_000,
                        new Remit(0.1, 0.1, 0.6, 0.3, 1.0)));
    }
}
