package issim.core.params;

import java.io.Serializable;

/**
 * A no-blame, learning culture from day 0 (004 ch.6; 000): serious case reviews become learning
 * events, with after-action reviews, instead of assigning blame. The locality's culture before that
 * is {@code culture.blame}.
 */
public record NoBlameCulture(@Param("Whether the change of culture takes place") boolean enabled)
        implements Serializable {

    public NoBlameCulture {
        ParameterCheck.require(NoBlameCulture.class, enabled);
    }

    public static NoBlameCulture off() {
        return new NoBlameCulture(false);
    }
}
