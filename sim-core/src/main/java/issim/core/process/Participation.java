package issim.core.process;

import issim.core.domain.Ages;
import issim.core.domain.Outcome;
import issim.core.model.Child;
import issim.core.model.Population;
import issim.core.params.YouthJusticeParameters;
import java.io.Serializable;
import java.util.List;

/**
 * Education, employment or training after Year 11 (docs/ODD.md §7.10). NEET is a state a young
 * person enters and leaves, not a cut-off on an index: each month a young person past Year 11 who
 * is participating becomes NEET, or a NEET one returns, with a hazard that rises (or falls) the
 * further their economic well-being lies below {@code youthJustice.neetLevel}. Young people who
 * left the locality on their 18th birthday are followed, with the well-being they left with, until
 * they are past academic age 18, since England counted NEET at 16-18 (DCSF, NEET statistics 2008).
 * Draws come from a stream of their own, keyed by young person.
 */
public final class Participation implements Serializable {
    private final Context ctx;
    private final NeedDynamics need;
    private final Population people;

    public Participation(Context ctx, NeedDynamics need) {
        this.ctx = ctx;
        this.need = need;
        this.people = ctx.population();
    }

    /** Month end: every young person past Year 11, here or left at 18, may change state. */
    public void month() {
        double now = ctx.now();
        YouthJusticeParameters yj = ctx.params().youthJustice();
        List<Child> children = people.children();
        for (int i = 0, size = children.size(); i < size; i++) {
            Child c = children.get(i);
            if (c.present() && c.schoolYearAge() >= Ages.SCHOOL_LEAVING) {
                need.advance(c, now);
                step(c, yj);
            }
        }
        List<Child> adults = people.youngAdults();
        for (int i = 0, size = adults.size(); i < size; i++) {
            step(adults.get(i), yj);
        }
    }

    private void step(Child c, YouthJusticeParameters yj) {
        double gap = c.outcome(Outcome.ECONOMIC_WELL_BEING) - yj.neetLevel();
        double hazard =
                c.neet()
                        ? yj.neetExitRate() * Math.exp(yj.neetGradient() * gap)
                        : yj.neetEntryRate() * Math.exp(-yj.neetGradient() * gap);
        if (ctx.streams().participation().next(c.id()) < -Math.expm1(-hazard)) {
            c.setNeet(!c.neet());
        }
    }

    /** A young person leaves the locality on their 18th birthday: followed to academic age 18. */
    public void leftAt18(Child c) {
        need.advance(c, ctx.now());
        people.addYoungAdult(c);
    }

    /** 1 September: those now past academic age 18 are no longer counted. */
    public void newSchoolYear() {
        double now = ctx.now();
        people.dropYoungAdults(c -> LifeCourse.ageOnLast31August(c.birthTime(), now) > Ages.ADULT);
    }
}
