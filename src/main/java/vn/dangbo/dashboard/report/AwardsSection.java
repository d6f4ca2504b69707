package vn.dangbo.dashboard.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.dangbo.dashboard.report.Source.Place;
import vn.dangbo.dashboard.results.AwardEntry;

/** Awards the organisation received in the period, and the party badges presented to its members. */
final class AwardsSection {
    private AwardsSection() {
    }

    static Optional<ReportSection> compose(ReportData data, ReportPeriod period) {
        SectionBuilder section = new SectionBuilder("awards");
        Source awards = Source.of(Place.AWARDS);
        data.results().awards(period.term()).stream().filter(a -> period.contains(a.year()))
                .sorted(java.util.Comparator.comparingInt(AwardEntry::year))
                .forEach(a -> section.say("report.awards.entry", Figure.year(a.year()), Figure.text(a.title(), awards),
                        Figure.text(a.awardedBy())));
        Map<Integer, Long> badges = new TreeMap<>();
        if (period.wholeTerm()) {
            data.badges().awardedByBadge(period.term()).forEach(b -> badges.merge(b.badgeYears(), b.count(), Long::sum));
        } else {
            data.badges().awardedIn(period.year()).forEach(b -> badges.merge(b.badgeYears(), 1L, Long::sum));
        }
        long total = badges.values().stream().mapToLong(Long::longValue).sum();
        if (total > 0) {
            Source source = Source.of(Place.BADGES, period.lastYear());
            List<Sentence> kinds = badges.entrySet().stream().map(b -> Sentence.of("report.badges.kind",
                    Figure.count(b.getValue(), source), Figure.count(b.getKey()), Figure.plural(b.getValue()))).toList();
            section.say("report.badges.presented", SectionBuilder.during(period), Figure.count(total, source), Figure.list(kinds),
                    Figure.plural(total));
        }
        return section.build();
    }
}
