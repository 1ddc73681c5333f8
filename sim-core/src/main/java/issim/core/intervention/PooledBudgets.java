package issim.core.intervention;

import issim.core.domain.InterventionKind;
import issim.core.params.Budgets;
import issim.core.process.Support;
import java.io.Serializable;

/**
 * Pooled instead of aligned budgets (004 ch.3). From its start a share of every agency's capacity
 * can be bought from a common pot wherever the waiting list is (the support process's hook); each
 * place bought is costed where it is used.
 */
public final class PooledBudgets implements Intervention, Serializable {
    private final Budgets p;
    private final Support support;

    public PooledBudgets(Budgets p, Support support) {
        this.p = p;
        this.support = support;
    }

    @Override
    public InterventionKind kind() {
        return InterventionKind.POOLED_BUDGETS;
    }

    @Override
    public void start() {
        support.poolBudgets(p.flexibleShare());
    }
}
