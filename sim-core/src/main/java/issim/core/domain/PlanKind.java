package issim.core.domain;

/** The kinds of help a child can receive. */
public enum PlanKind {
    /** One agency's own support, after its own assessment. */
    SINGLE_AGENCY,
    /** Children's social care: a child in need plan. */
    CHILD_IN_NEED,
    /** Children's social care: a child protection plan. */
    CHILD_PROTECTION,
    /** Children's social care: the child is looked after, in a placement. */
    LOOKED_AFTER,
    /** One integrated plan agreed by a Team Around the Child after a common assessment. */
    INTEGRATED,
    /** Three-tier prevention, tier 2: youth-service group work and positive activities. */
    GROUP_WORK,
    /**
     * Three-tier prevention, tier 3: YOT/YISP assessment, family group meeting, integrated plan.
     */
    FAMILY_SUPPORT;

    /**
     * Whether the plan works with the whole family, not the child alone (docs/ODD.md §7.18): social
     * care's plans, the integrated plan of a Team Around the Child, tier-3 family support.
     */
    public boolean worksWithFamily() {
        return this == CHILD_IN_NEED
                || this == CHILD_PROTECTION
                || this == INTEGRATED
                || this == FAMILY_SUPPORT;
    }
}
