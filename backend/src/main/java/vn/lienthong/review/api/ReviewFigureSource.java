package vn.lienthong.review.api;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How a feature gives a review its figures for a period. Each feature that owns data implements this for its section;
 * the review reads every implementation it finds, so a section with no implementation (a feature not built yet) shows
 * as unavailable, never as zero. Figures are computed from the data, never typed in.
 */
public interface ReviewFigureSource {

    ReviewSection section();

    /**
     * The figures of the period [from, to] (Vietnamese dates, both included) in one jurisdiction: the total, and the
     * share of each of the given offices (an office's share of a figure shared by several offices counts for each, so
     * the offices' values need not add up to the total).
     */
    List<Figure> figures(UUID jurisdictionId, List<UUID> officeIds, LocalDate from, LocalDate to);

    /** A number and the API list that holds what it counts (path and query under /api/v1), or null when there is none. */
    record Value(long value, @Nullable String link) {
    }

    /**
     * One figure. `key` is stable (UPPER_SNAKE, translated by the clients); `qualifier` tells apart figures of the same
     * key (a meeting kind's code); `label` is its Vietnamese wording for reports; `basis` is the key of the figure
     * this one is a percentage of, if any.
     */
    record Figure(String key, @Nullable String qualifier, String label, Value total, Map<UUID, Value> byOffice, @Nullable String basis) {
    }
}
