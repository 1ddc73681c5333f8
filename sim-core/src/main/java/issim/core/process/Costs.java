package issim.core.process;

import issim.core.domain.AgencyKind;
import issim.core.model.Practitioner;
import issim.core.params.AgenciesParameters;
import issim.core.params.UnitCosts;
import java.io.Serializable;

/**
 * Costs (docs/ODD.md §7.13): each practitioner's salary, a twelfth of a practitioner-year each
 * month (at the agency premium while a vacant post is covered by agency staff, §7.11); and, apart,
 * the practitioner time that goes to assessments, Team Around the Child meetings and contact with
 * the cases on each caseload, priced at the era's unit costs. Salaries are paid whatever
 * practitioners do, so the priced time is what else those hours could have bought: the cost a
 * comparison needs when an intervention asks more of the same staff. Interventions book their own
 * set-up and running costs; programme places are booked where they are delivered.
 */
public final class Costs implements Serializable {
    private final Context ctx;

    public Costs(Context ctx) {
        this.ctx = ctx;
    }

    /** Month end: salaries, and each practitioner's time with the cases on its caseload. */
    public void month() {
        AgenciesParameters agencies = ctx.params().agencies();
        UnitCosts unit = ctx.params().unitCosts();
        for (Practitioner p : ctx.locality().practitioners()) {
            double premium = p.agencyStaff() ? ctx.params().workforce().agencyPremium() : 1;
            ctx.counters().spend(p.agency(), premium * agencies.of(p.agency()).staffCost() / 12);
            if (p.caseload() > 0) {
                hours(p.agency(), p.caseload() * unit.planContactHoursPerMonth());
            }
        }
    }

    /**
     * An assessment by a practitioner of {@code agency}; social care's is the statutory initial
     * assessment (docs/ODD.md §7.15).
     */
    public void assessment(AgencyKind agency) {
        hours(
                agency,
                agency == AgencyKind.SOCIAL_CARE
                        ? ctx.params().pathway().initialAssessmentHours()
                        : ctx.params().unitCosts().assessmentHours());
    }

    /** A practitioner of {@code agency} at a Team Around the Child meeting. */
    public void meeting(AgencyKind agency) {
        hours(agency, ctx.params().unitCosts().meetingHours());
    }

    /** Hours of a practitioner of {@code agency}, priced at the agency's unit cost. */
    public void hours(AgencyKind agency, double hours) {
        UnitCosts unit = ctx.params().unitCosts();
        double rate =
                agency == AgencyKind.SOCIAL_CARE
                        ? unit.socialWorkerHour()
                        : unit.practitionerHour();
        ctx.counters().spendTime(agency, hours * rate);
    }
}
