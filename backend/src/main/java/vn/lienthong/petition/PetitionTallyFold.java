package vn.lienthong.petition;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.web.Sql;

/**
 * Every few seconds, the changes to the petition figures (appended by the triggers of V21 as petitions are received,
 * classified, handled …) are folded into the statistics' tally of days and months (SQL function petition_tally_fold).
 * The statistics read the changes not folded yet too, so a fold changes no figure, only how much there is to read.
 * Safe on several replicas at once: each change is moved by exactly one fold. The interval is
 * {@code lienthong.petitions.tally-fold-every} (the tests fold when they choose).
 */
@Singleton
public class PetitionTallyFold {
    private final Sql sql;

    PetitionTallyFold(Sql sql) {
        this.sql = sql;
    }

    @Scheduled(fixedDelay = "${lienthong.petitions.tally-fold-every:5s}", initialDelay = "${lienthong.petitions.tally-fold-every:5s}")
    public void scheduled() {
        fold();
    }

    /** Folds the pending changes; returns the tally rows written. */
    @Transactional
    public int fold() {
        return sql.scalar("SELECT petition_tally_fold()", Integer.class);
    }
}
