package vn.dangbo.dashboard.members;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The membership's movement over a term: the members at its start, each year's ways in and out, the members at its
 * end. It adds up: start + every way in − every way out = end ({@link #addsUp()}).
 */
public record MembershipMovement(long atStart, List<Year> years, long atEnd) {

    /** One year's counts, every way listed (zeros too). */
    public record Year(int year, Map<Movement, Long> counts) {
        public long count(Movement way) {
            return counts.getOrDefault(way, 0L);
        }
    }

    /** Each way's count over the whole term. */
    public Map<Movement, Long> totals() {
        Map<Movement, Long> totals = new EnumMap<>(Movement.class);
        for (Movement way : Movement.values()) {
            totals.put(way, years.stream().mapToLong(y -> y.count(way)).sum());
        }
        return totals;
    }

    /** Every way in over the term. */
    public long totalIn() {
        return totals().entrySet().stream().filter(e -> e.getKey().sign() > 0).mapToLong(Map.Entry::getValue).sum();
    }

    /** Every way out over the term. */
    public long totalOut() {
        return totals().entrySet().stream().filter(e -> e.getKey().sign() < 0).mapToLong(Map.Entry::getValue).sum();
    }

    public boolean addsUp() {
        long balance = atStart;
        for (Map.Entry<Movement, Long> way : totals().entrySet()) {
            balance += way.getKey().sign() * way.getValue();
        }
        return balance == atEnd;
    }
}
