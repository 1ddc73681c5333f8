package issim.core.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.core.domain.AgencyKind;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterPathsTest {
    private static final ModelParameters DEFAULTS = ModelParameters.defaults();

    @Test
    void setsOneParameterAndLeavesTheRestAlone() {
        ModelParameters p = ParameterPaths.with(DEFAULTS, "youthJustice.detectionTarget", true);
        assertTrue(p.youthJustice().detectionTarget());
        assertEquals(DEFAULTS.youthJustice().asbRate(), p.youthJustice().asbRate());
        assertEquals(DEFAULTS.need(), p.need());
        ModelParameters q =
                ParameterPaths.with(DEFAULTS, "agencies.socialCare.caseloadCapacity", 25);
        assertEquals(25, q.agencies().of(AgencyKind.SOCIAL_CARE).caseloadCapacity());
        assertEquals(DEFAULTS.agencies().health(), q.agencies().health());
        assertEquals(25, ParameterPaths.get(q, "agencies.socialCare.caseloadCapacity"));
        ModelParameters r = ParameterPaths.with(DEFAULTS, "interventions.staggerDays", 90.0);
        assertEquals(90, r.interventions().staggerDays());
    }

    @Test
    void refusesAnUnknownPathAWrongTypeAndAGroupNamingTheFullPath() {
        var unknown =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> ParameterPaths.with(DEFAULTS, "youthJustice.detectionTargt", true));
        assertTrue(
                unknown.getMessage().startsWith("youthJustice.detectionTargt: no such parameter"),
                unknown.getMessage());
        assertTrue(unknown.getMessage().contains("detectionTarget"), unknown.getMessage());
        var type =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> ParameterPaths.with(DEFAULTS, "locality.children", 10.5));
        assertEquals("locality.children: expected a whole number, found 10.5", type.getMessage());
        var group =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> ParameterPaths.with(DEFAULTS, "trust", 0.5));
        assertTrue(group.getMessage().startsWith("trust: is a group"), group.getMessage());
        var cross =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                ParameterPaths.with(
                                        ParameterPaths.with(
                                                DEFAULTS, "interventions.coLocation.enabled", true),
                                        "interventions.coLocation.schools",
                                        4));
        assertTrue(
                cross.getMessage().startsWith("interventions.coLocation.schools: expected at most"),
                cross.getMessage());
    }

    /**
     * Every numeric parameter with a declared range, set just outside it, is refused with a message
     * that names it by its full path (so under its own component's name).
     */
    @Test
    void everyOutOfRangeValueIsReportedUnderItsOwnName() {
        List<String> checked = new ArrayList<>();
        for (String path : ParameterPaths.leaves(ModelParameters.class)) {
            RecordComponent c = componentAt(path);
            Param param = c.getAnnotation(Param.class);
            Class<?> t = c.getType();
            if (param == null || !(t == int.class || t == long.class || t == double.class)) {
                continue;
            }
            boolean hasMin = param.min() != Double.NEGATIVE_INFINITY;
            boolean hasMax = param.max() != Double.POSITIVE_INFINITY;
            if (!hasMin && !hasMax) {
                continue;
            }
            double bad = hasMin ? param.min() - 1 : param.max() + 1;
            Object value = t == double.class ? (Object) bad : (Object) (long) bad;
            var refused =
                    assertThrows(
                            IllegalArgumentException.class,
                            () -> ParameterPaths.with(DEFAULTS, path, value),
                            path + " = " + value + " should be refused");
            assertTrue(
                    refused.getMessage().startsWith(path + ": expected "),
                    path + " = " + value + " gave: " + refused.getMessage());
            checked.add(path);
        }
        // The model has well over a hundred ranged parameters; far fewer means the walk broke.
        assertTrue(checked.size() > 150, "only " + checked.size() + " parameters were checked");
    }

    private static RecordComponent componentAt(String path) {
        Class<?> type = ModelParameters.class;
        RecordComponent found = null;
        for (String name : path.split("\\.", -1)) {
            found = null;
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getName().equals(name)) {
                    found = c;
                }
            }
            if (found == null) {
                throw new AssertionError("no component " + name + " in " + path);
            }
            type = found.getType();
        }
        return found;
    }
}
