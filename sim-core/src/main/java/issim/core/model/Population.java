package issim.core.model;

import issim.core.domain.PlanKind;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * Everyone the run has known: every family, every child and every plan by id, and who lives in the
 * locality now. The life course adds and removes people; the other processes look them up here.
 */
public final class Population implements Serializable {
    private final List<Family> families = new ArrayList<>();
    private final List<Child> childrenById = new ArrayList<>();
    private final List<Plan> plansById = new ArrayList<>();
    private final List<Child> present = new ArrayList<>();

    /**
     * Families with a child still in the locality, in order of creation. Children leave only at the
     * turn of the school year, which prunes the list, so it never holds a family with no child
     * here.
     */
    private final List<Family> resident = new ArrayList<>();

    private final List<Family> familiesView = Collections.unmodifiableList(families);

    /** Children who left, and families left with no child, since the last {@link #compact}. */
    private int left, emptied;

    /**
     * Young people who left on their 18th birthday and are still of academic age 18 (aged 18 on the
     * last 31 August or younger): NEET is counted to 18, as England counted it.
     */
    private final List<Child> youngAdults = new ArrayList<>();

    private final List<Child> youngAdultsView = Collections.unmodifiableList(youngAdults);
    private final List<Child> presentView = Collections.unmodifiableList(present);
    private final List<Family> residentView = Collections.unmodifiableList(resident);
    private final List<Child> lookedAfterElsewhere = new ArrayList<>();

    /** Every family ever in the locality, by id. */
    public List<Family> families() {
        return familiesView;
    }

    public Family newFamily(int quintile, int riskMask, double initialTrust) {
        Family f = new Family(families.size(), quintile, riskMask, initialTrust);
        families.add(f);
        resident.add(f);
        return f;
    }

    /**
     * A child born at schedule time {@code birthTime}, now aged {@code age}, joins the locality.
     */
    public Child newChild(Family family, int age, double birthTime) {
        Child c = new Child(childrenById.size(), family, age, birthTime);
        childrenById.add(c);
        family.add(c);
        present.add(c);
        return c;
    }

    /**
     * The child leaves the locality. It stays in the list of present children, marked gone, until
     * the next {@link #compact}: removing it at once would either cost a pass over the list or,
     * swapping the last child into its place, scramble the list's order, and the monthly sweeps
     * over every child run a third slower over children out of the order they were created in.
     */
    public void leave(Child c) {
        if (!c.present()) {
            return;
        }
        c.leave();
        left++;
        if (!c.family().resident()) {
            emptied++;
        }
    }

    /**
     * The child leaves the locality with its family while looked after: the authority stays
     * responsible for it wherever its parents live (Children Act 1989 s.22), so it is counted among
     * the locality's children looked after, and in need, until its care ends.
     */
    public void leaveInCare(Child c) {
        if (c.present()) {
            leave(c);
            lookedAfterElsewhere.add(c);
        }
    }

    /** The child's care ended: if its family had moved away, the authority's duty ends too. */
    public void careEnded(Child c) {
        if (!c.present()) {
            lookedAfterElsewhere.remove(c);
        }
    }

    /** Children still looked after by the authority whose families have moved away. */
    public int lookedAfterElsewhere() {
        return lookedAfterElsewhere.size();
    }

    /** Drops the children who have left and the families with no child left, keeping order. */
    public void compact() {
        if (left > 0) {
            present.removeIf(c -> !c.present());
            left = 0;
        }
        if (emptied > 0) {
            resident.removeIf(f -> !f.resident());
            emptied = 0;
        }
    }

    /** Young people who left at 18 and are still of academic age 18, in the order they left. */
    public List<Child> youngAdults() {
        return youngAdultsView;
    }

    public void addYoungAdult(Child c) {
        youngAdults.add(c);
    }

    /** Forgets the young adults past academic age 18. */
    public void dropYoungAdults(Predicate<Child> past) {
        youngAdults.removeIf(past);
    }

    /** The child with this id, present or gone. */
    public Child child(int id) {
        return childrenById.get(id);
    }

    /** Every child ever in the locality, by id; those who left have {@code present() == false}. */
    public List<Child> everyChild() {
        return Collections.unmodifiableList(childrenById);
    }

    /**
     * Children living in the locality at the last {@link #compact} (each month end and 1
     * September), in the order they arrived; those who left since are marked not present.
     */
    public List<Child> children() {
        return presentView;
    }

    /**
     * Families with at least one child in the locality, in order of creation. Families whose
     * children have all grown up are never met again, so the monthly processes skip them.
     */
    public List<Family> residentFamilies() {
        return residentView;
    }

    /** Opens a plan record with the next id; the support process does the rest. */
    public Plan newPlan(
            PlanKind kind,
            Child child,
            Practitioner[] holders,
            double[] lift,
            double start,
            double end,
            double startSeverity) {
        Plan plan =
                new Plan(plansById.size(), kind, child, holders, lift, start, end, startSeverity);
        plansById.add(plan);
        return plan;
    }

    public Plan plan(int id) {
        return plansById.get(id);
    }

    /** Every plan ever opened, by id. */
    public List<Plan> plans() {
        return Collections.unmodifiableList(plansById);
    }
}
