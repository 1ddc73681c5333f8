package issim.core.model;

import issim.core.domain.AgencyKind;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Every referral made so far, in order, and each agency's waiting list. */
public final class ReferralBook implements Serializable {
    private final List<Referral> all = new ArrayList<>();
    private final List<Referral> allView = Collections.unmodifiableList(all);
    private final List<ArrayDeque<Referral>> waiting = new ArrayList<>();

    public ReferralBook() {
        for (int a = 0; a < AgencyKind.COUNT; a++) {
            waiting.add(new ArrayDeque<>());
        }
    }

    /** Records a new referral with the next id. */
    public Referral add(Child child, Practitioner from, AgencyKind to, double made) {
        Referral r = new Referral(all.size(), child, from, to, made);
        all.add(r);
        return r;
    }

    public Referral get(int id) {
        return all.get(id);
    }

    /** The referrals waiting for capacity at {@code agency}, longest-waiting first. */
    public ArrayDeque<Referral> waitingAt(AgencyKind agency) {
        return waiting.get(agency.ordinal());
    }

    /** Referrals now waiting at {@code agency}. */
    public int waiting(AgencyKind agency) {
        return waiting.get(agency.ordinal()).size();
    }

    public int waitingTotal() {
        int n = 0;
        for (ArrayDeque<Referral> q : waiting) {
            n += q.size();
        }
        return n;
    }

    /** Every referral made so far, in order. */
    public List<Referral> all() {
        return allView;
    }
}
