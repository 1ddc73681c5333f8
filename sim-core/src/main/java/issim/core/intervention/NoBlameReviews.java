package issim.core.intervention;

import issim.core.domain.InterventionKind;
import issim.core.process.Safeguarding;
import java.io.Serializable;

/**
 * A no-blame, learning culture (004 ch.6; 000): from its start serious case reviews are learning
 * events that raise trust among the agencies involved, instead of blame that makes practitioners
 * risk averse (the safeguarding process's hook). No cost is modelled. Withdrawn, reviews assign
 * blame again if the locality's own culture does ({@code culture.blame}); the trust they built as
 * learning events stays and fades as trust does.
 */
public final class NoBlameReviews implements Intervention, Serializable {
    private final Safeguarding safeguarding;

    public NoBlameReviews(Safeguarding safeguarding) {
        this.safeguarding = safeguarding;
    }

    @Override
    public InterventionKind kind() {
        return InterventionKind.NO_BLAME_CULTURE;
    }

    @Override
    public void start() {
        safeguarding.learnFromReviews();
    }

    @Override
    public boolean withdrawable() {
        return true;
    }

    @Override
    public void withdraw(double now) {
        safeguarding.restoreCulture();
    }
}
