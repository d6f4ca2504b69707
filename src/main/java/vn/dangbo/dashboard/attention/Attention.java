package vn.dangbo.dashboard.attention;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What needs the committee's attention for a month: every rule checked, with its items (none when all is well), on
 * the day the rules were checked; and the month of the latest meeting recorded, when the office's records stop
 * before the month.
 */
public record Attention(YearMonth month, LocalDate asOf, Map<AttentionRule, List<AttentionItem>> byRule,
                        Optional<YearMonth> recordsEnd) {

    static Attention of(YearMonth month, LocalDate asOf, List<AttentionItem> items, Optional<YearMonth> recordsEnd) {
        Map<AttentionRule, List<AttentionItem>> rules = new EnumMap<>(AttentionRule.class);
        for (AttentionRule rule : AttentionRule.values()) {
            rules.put(rule, items.stream().filter(item -> item.rule() == rule).toList());
        }
        return new Attention(month, asOf, rules, recordsEnd.filter(end -> end.isBefore(month)));
    }

    public List<AttentionItem> items(AttentionRule rule) {
        return byRule.getOrDefault(rule, List.of());
    }

    public long total() {
        return byRule.values().stream().mapToLong(List::size).sum();
    }

    public boolean isEmpty() {
        return total() == 0;
    }

    /** The same attention kept to what a predicate accepts: a cell secretary's own cell. */
    public Attention only(Predicate<AttentionItem> accepted) {
        Map<AttentionRule, List<AttentionItem>> kept = new EnumMap<>(AttentionRule.class);
        byRule.forEach((rule, items) -> kept.put(rule, items.stream().filter(accepted).toList()));
        return new Attention(month, asOf, kept, recordsEnd);
    }
}
