package issim.core.process;

import issim.core.domain.AgencyKind;
import issim.core.model.Practitioner;
import issim.core.model.ReferralBook;
import issim.core.params.WorkforceParameters;
import java.io.Serializable;
import java.util.List;

/**
 * Caseload pressure (docs/ODD.md §7.20; Lord Laming 2009, ch. 3 and 5): when a team's work — the
 * cases its practitioners hold and the referrals waiting for one — exceeds its capacity, its front
 * door asks for more before accepting a referral, and social care's rushed initial assessments find
 * cause for an enquiry less often. Within capacity nothing changes, so the mechanism binds only
 * where demand outruns the staff.
 */
public final class CaseloadPressure implements Serializable {
    private final Context ctx;
    private final ReferralBook book;

    public CaseloadPressure(Context ctx, ReferralBook book) {
        this.ctx = ctx;
        this.book = book;
    }

    /**
     * The agency's work beyond its capacity, as a share of capacity (0 when within): cases held
     * plus referrals waiting for a place, over the places its practitioners have.
     */
    public double excess(AgencyKind agency) {
        List<Practitioner> staff = ctx.locality().of(agency);
        long work = book.waitingAt(agency).size(), capacity = 0;
        for (int i = 0, n = staff.size(); i < n; i++) {
            Practitioner p = staff.get(i);
            work += p.caseload();
            capacity += p.capacity();
        }
        return capacity == 0 ? 0 : Math.max(0, work / (double) capacity - 1);
    }

    /** The factor on the agency's acceptance threshold: 1 within capacity. */
    public double threshold(AgencyKind agency) {
        WorkforceParameters w = ctx.params().workforce();
        return w.pressureThresholdRise() == 0 ? 1 : 1 + w.pressureThresholdRise() * excess(agency);
    }

    /** The factor on the stay-safe index at which an initial assessment finds cause to enquire. */
    public double assessmentQuality() {
        WorkforceParameters w = ctx.params().workforce();
        return w.pressureQualityLoss() == 0
                ? 1
                : Math.max(0, 1 - w.pressureQualityLoss() * excess(AgencyKind.SOCIAL_CARE));
    }
}
