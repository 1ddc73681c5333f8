package issim.core.process;

import issim.core.domain.AgencyKind;
import issim.core.domain.Role;
import issim.core.model.Child;
import issim.core.model.Locality;
import issim.core.model.Practitioner;
import issim.core.model.Site;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which practitioner of an agency deals with a given child: the pastoral lead at the child's
 * school, the health visitor, school nurse or GP by age, a co-located practitioner where the
 * child's school has one, otherwise a practitioner chosen by a fixed rule (so the same child meets
 * the same one).
 */
public final class Handlers implements Serializable {
    private final Locality locality;
    private final Map<Role, List<Practitioner>> byRole = new EnumMap<>(Role.class);

    public Handlers(Locality locality) {
        this.locality = locality;
        for (Role r : Role.values()) {
            byRole.put(r, new ArrayList<>());
        }
        for (Practitioner p : locality.practitioners()) {
            byRole.get(p.role()).add(p);
        }
    }

    /**
     * The practitioner of {@code agency} who would deal with {@code child}, or null if it has none.
     */
    public Practitioner of(Child child, AgencyKind agency) {
        Site school = child.school();
        if (school != null) {
            Practitioner based = colocatedAt(school, agency);
            if (based != null) {
                return based;
            }
        }
        return switch (agency) {
            case SCHOOL -> {
                List<Practitioner> staff =
                        school == null
                                ? byRole.get(Role.EDUCATION_WELFARE_OFFICER)
                                : locality.pastoralStaff(school);
                yield pick(staff, child);
            }
            case HEALTH ->
                    pick(
                            byRole.get(
                                    child.age() < 5
                                            ? Role.HEALTH_VISITOR
                                            : child.age() < 16 ? Role.SCHOOL_NURSE : Role.GP),
                            child);
            case SOCIAL_CARE -> mostRoom(byRole.get(Role.SOCIAL_WORKER), child);
            default -> pick(locality.of(agency), child);
        };
    }

    /** A practitioner of {@code agency} co-located at {@code school}, or null. */
    public Practitioner colocatedAt(Site school, AgencyKind agency) {
        return locality.colocatedAt(school, agency);
    }

    /** Duty allocation: the practitioner with the most spare capacity; ties to the child's own. */
    public Practitioner mostRoom(List<Practitioner> staff, Child child) {
        if (staff.isEmpty()) {
            return null;
        }
        Practitioner best = pick(staff, child);
        for (Practitioner p : staff) {
            if (p.capacity() - p.caseload() > best.capacity() - best.caseload()) {
                best = p;
            }
        }
        return best;
    }

    private static Practitioner pick(List<Practitioner> staff, Child child) {
        return staff.isEmpty()
                ? null
                : staff.get(Math.floorMod(child.id() * 31 + child.family().id(), staff.size()));
    }
}
