package issim.core.model;

import issim.core.domain.SiteKind;
import java.io.Serializable;

/** A school, children's centre, health centre, police station or council office. */
public final class Site implements Serializable {
    private final int id;
    private final SiteKind kind;
    private final String name;

    public Site(int id, SiteKind kind, String name) {
        this.id = id;
        this.kind = kind;
        this.name = name;
    }

    public int id() {
        return id;
    }

    public SiteKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
