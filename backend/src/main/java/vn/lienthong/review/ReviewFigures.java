package vn.lienthong.review;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.review.ReviewDtos.Figure;
import vn.lienthong.review.ReviewDtos.FigureValue;
import vn.lienthong.review.ReviewDtos.Figures;
import vn.lienthong.review.ReviewDtos.OfficeRef;
import vn.lienthong.review.ReviewDtos.Section;
import vn.lienthong.review.api.ReviewFigureSource;
import vn.lienthong.review.api.ReviewSection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Computes a review's figures from every feature that supplies some (its {@link ReviewFigureSource}), for the period and
 * for the previous period of the same length, and puts them side by side: per office and in total, with each figure's
 * share of its basis and the change. A section nobody supplies is unavailable, never zero.
 */
@Singleton
class ReviewFigures {
    static final String API = "/api/v1";
    static final Map<ReviewSection, String> UNAVAILABLE = Map.of(
            ReviewSection.PETITIONS, "Chưa có số liệu: chức năng đơn thư, tiếp công dân và kiến nghị cử tri chưa được đưa vào sử dụng.",
            ReviewSection.MEETINGS, "Chưa có số liệu: chức năng hội nghị, cuộc họp chưa được đưa vào sử dụng.",
            ReviewSection.CALENDARS, "Chưa có số liệu: chức năng chương trình, lịch công tác chưa được đưa vào sử dụng.",
            ReviewSection.CONCLUSIONS, "Chưa có số liệu: chức năng theo dõi thực hiện kết luận chưa được đưa vào sử dụng.");

    private final Map<ReviewSection, ReviewFigureSource> sources = new EnumMap<>(ReviewSection.class);
    private final Clock clock;

    ReviewFigures(List<ReviewFigureSource> sources, Clock clock) {
        sources.forEach(s -> this.sources.put(s.section(), s));
        this.clock = clock;
    }

    /** The previous period of the same length, ending the day before the period starts. */
    static LocalDate[] previous(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return new LocalDate[]{from.minusDays(days), from.minusDays(1)};
    }

    Figures compute(UUID reviewId, UUID jurisdictionId, List<OfficeRef> offices, LocalDate from, LocalDate to) {
        LocalDate[] before = previous(from, to);
        List<UUID> officeIds = offices.stream().map(OfficeRef::id).toList();
        List<Section> sections = new ArrayList<>();
        for (ReviewSection section : ReviewSection.values()) {
            ReviewFigureSource source = sources.get(section);
            if (source == null) {
                sections.add(new Section(section, false, UNAVAILABLE.get(section), List.of()));
                continue;
            }
            List<ReviewFigureSource.Figure> now = source.figures(jurisdictionId, officeIds, from, to);
            List<ReviewFigureSource.Figure> then = source.figures(jurisdictionId, officeIds, before[0], before[1]);
            sections.add(new Section(section, true, null, compare(now, then, officeIds)));
        }
        return new Figures(reviewId, from, to, before[0], before[1], clock.instant().truncatedTo(ChronoUnit.SECONDS).atZone(Zones.VIETNAM).toOffsetDateTime(),
                false, offices, sections);
    }

    private static String id(ReviewFigureSource.Figure f) {
        return f.key() + "|" + (f.qualifier() == null ? "" : f.qualifier());
    }

    /** Pairs each figure with its previous value (a figure only in one period counts 0 in the other) and adds percentages. */
    static List<Figure> compare(List<ReviewFigureSource.Figure> now, List<ReviewFigureSource.Figure> then, List<UUID> officeIds) {
        Map<String, ReviewFigureSource.Figure> current = new LinkedHashMap<>();
        now.forEach(f -> current.put(id(f), f));
        Map<String, ReviewFigureSource.Figure> previous = new LinkedHashMap<>();
        then.forEach(f -> previous.put(id(f), f));
        previous.forEach((key, f) -> current.putIfAbsent(key, new ReviewFigureSource.Figure(f.key(), f.qualifier(), f.label(),
                new ReviewFigureSource.Value(0, f.total().link()), Map.of(), f.basis())));
        Map<String, ReviewFigureSource.Figure> byKey = new LinkedHashMap<>();
        current.values().forEach(f -> byKey.putIfAbsent(f.key(), f));
        List<Figure> out = new ArrayList<>();
        for (Map.Entry<String, ReviewFigureSource.Figure> entry : current.entrySet()) {
            ReviewFigureSource.Figure f = entry.getValue();
            ReviewFigureSource.Figure p = previous.get(entry.getKey());
            ReviewFigureSource.Figure basis = f.basis() == null ? null : byKey.get(f.basis());
            FigureValue total = value(null, f.total(), p == null ? 0 : p.total().value(), basis == null ? null : basis.total().value());
            List<FigureValue> byOffice = new ArrayList<>();
            for (UUID office : officeIds) {
                ReviewFigureSource.Value v = f.byOffice().getOrDefault(office, new ReviewFigureSource.Value(0, null));
                long was = p == null ? 0 : p.byOffice().getOrDefault(office, new ReviewFigureSource.Value(0, null)).value();
                Long base = basis == null ? null : basis.byOffice().getOrDefault(office, new ReviewFigureSource.Value(0, null)).value();
                byOffice.add(value(office, v, was, base));
            }
            out.add(new Figure(f.key(), f.qualifier(), f.label(), f.basis(), total, byOffice));
        }
        return out;
    }

    private static FigureValue value(@Nullable UUID office, ReviewFigureSource.Value v, long previous, @Nullable Long basis) {
        long change = v.value() - previous;
        return new FigureValue(office, v.value(), previous, change, previous == 0 ? null : percent(change, previous),
                basis == null || basis == 0 ? null : percent(v.value(), basis), v.link() == null ? null : API + v.link());
    }

    static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
