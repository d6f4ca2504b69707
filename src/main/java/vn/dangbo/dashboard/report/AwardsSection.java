package vn.dangbo.dashboard.report;

import java.util.List;
import java.util.Optional;
import vn.dangbo.dashboard.report.Source.Place;
import vn.dangbo.dashboard.badges.BadgeCount;
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
        List<BadgeCount> badges = data.badges().awardedByBadge(period.firstYear(), period.lastYear());
        long total = badges.stream().mapToLong(BadgeCount::count).sum();
        if (total > 0) {
            Source source = Source.of(Place.BADGES, period.lastYear());
            List<Sentence> kinds = badges.stream().map(b -> Sentence.of("report.badges.kind",
                    Figure.count(b.count(), source), Figure.count(b.badgeYears()), Figure.plural(b.count()))).toList();
            section.say("report.badges.presented", SectionBuilder.during(period), Figure.count(total, source), Figure.list(kinds),
                    Figure.plural(total));
        }
        return section.build();
    }
}
