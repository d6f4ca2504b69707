package vn.dangbo.dashboard.ratings;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A year's ratings of members or of cells: how many at each level and how many not rated, by reason.
 * Shares are given on both bases the party uses: of those rated, and of the whole headcount.
 */
public record RatingDistribution(int year, Map<RatingLevel, Long> byLevel, Map<NotRatedReason, Long> notRated) {

    static RatingDistribution of(int year, List<RatingCount> rows) {
        Map<RatingLevel, Long> levels = new EnumMap<>(RatingLevel.class);
        for (RatingLevel level : RatingLevel.values()) {
            levels.put(level, 0L);
        }
        Map<NotRatedReason, Long> reasons = new EnumMap<>(NotRatedReason.class);
        for (RatingCount row : rows) {
            if (row.level() != null) {
                levels.merge(row.level(), row.count(), Long::sum);
            } else {
                reasons.merge(row.notRatedReason(), row.count(), Long::sum);
            }
        }
        return new RatingDistribution(year, Collections.unmodifiableMap(levels), Collections.unmodifiableMap(reasons));
    }

    public long count(RatingLevel level) {
        return byLevel.getOrDefault(level, 0L);
    }

    public long rated() {
        return byLevel.values().stream().mapToLong(Long::longValue).sum();
    }

    public long notRatedTotal() {
        return notRated.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Everyone counted that year: rated plus not rated. */
    public long headcount() {
        return rated() + notRatedTotal();
    }

    public long completed() {
        return byLevel.entrySet().stream().filter(e -> e.getKey().completed()).mapToLong(Map.Entry::getValue).sum();
    }

    public long goodOrAbove() {
        return byLevel.entrySet().stream().filter(e -> e.getKey().goodOrAbove()).mapToLong(Map.Entry::getValue).sum();
    }

    /** Share of those rated, from 0 to 1; 0 when nobody was rated. */
    public double shareOfRated(long count) {
        return rated() == 0 ? 0 : (double) count / rated();
    }

    /** Share of the whole headcount, from 0 to 1; 0 when the headcount is 0. */
    public double shareOfHeadcount(long count) {
        return headcount() == 0 ? 0 : (double) count / headcount();
    }

    public boolean isEmpty() {
        return headcount() == 0;
    }

    /** The two distributions of one year added together (a commune's partial committees into the commune). */
    public RatingDistribution plus(RatingDistribution other) {
        Map<RatingLevel, Long> levels = new EnumMap<>(byLevel);
        other.byLevel.forEach((level, count) -> levels.merge(level, count, Long::sum));
        Map<NotRatedReason, Long> reasons = new EnumMap<>(NotRatedReason.class);
        reasons.putAll(notRated);
        other.notRated.forEach((reason, count) -> reasons.merge(reason, count, Long::sum));
        return new RatingDistribution(year, Collections.unmodifiableMap(levels), Collections.unmodifiableMap(reasons));
    }

    /** No one rated or counted: a year without data. */
    public static RatingDistribution none(int year) {
        return of(year, List.of());
    }
}
