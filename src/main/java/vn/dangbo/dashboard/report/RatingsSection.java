package vn.dangbo.dashboard.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dangbo.dashboard.ratings.NotRatedReason;
import vn.dangbo.dashboard.ratings.OutstandingCellCheck;
import vn.dangbo.dashboard.ratings.RatingDistribution;
import vn.dangbo.dashboard.ratings.RatingLevel;
import vn.dangbo.dashboard.ratings.RuleSet;
import vn.dangbo.dashboard.report.Source.Place;
import vn.dangbo.dashboard.statistics.CommitteeYear;

/**
 * The annual ratings of a year (the report's year, or the term's last rated year): the cells, the members on both
 * bases with the unrated counted apart, the rules checked (the 20% quota, the outstanding cells' members), the change
 * from the year before, and the table by level.
 */
final class RatingsSection {
    /** Cells breaking the outstanding-cell rule named one by one; the rest are counted. */
    static final int CHECKS_NAMED = 20;

    private RatingsSection() {
    }

    static Optional<ReportSection> compose(ReportData data, ReportPeriod period) {
        Optional<Integer> rated = period.wholeTerm() ? data.ratings().latestRatedYear(period.term()) : Optional.of(period.lastYear());
        if (rated.isEmpty()) {
            return Optional.empty();
        }
        int year = rated.get();
        RatingDistribution cells = data.ratings().cellDistribution(year);
        RatingDistribution members = data.ratings().memberDistribution(year);
        SectionBuilder section = new SectionBuilder("ratings");
        if (RuleSet.forYear(year).mappedLevels() && (cells.rated() > 0 || members.rated() > 0)) {
            section.say("report.ratings.mapped-levels", Figure.year(year));
        }
        cells(cells, year, section.paragraph());
        members(members, year, section.paragraph());
        committee(data.statistics().committeeYear(year), section);
        if (members.rated() > 0 && RuleSet.forYear(year).quotaConfirmed()) {
            rules(data, members, year, section.paragraph());
        }
        section.paragraph();
        RatingDistribution before = data.ratings().memberDistribution(year - 1);
        if (members.rated() > 0 && before.rated() > 0) {
            double change = members.shareOfRated(members.goodOrAbove()) - before.shareOfRated(before.goodOrAbove());
            section.say(SectionBuilder.change("report.ratings.since-year", Math.round(change * 1000)), Figure.points(change),
                    Figure.year(year - 1), Figure.share(before.shareOfRated(before.goodOrAbove()), Source.of(Place.RATINGS, year - 1)));
        }
        section.table(table(cells, members, year));
        return section.build();
    }

    private static void cells(RatingDistribution cells, int year, SectionBuilder section) {
        if (cells.rated() == 0) {
            return;
        }
        long outstanding = cells.count(RatingLevel.OUTSTANDING);
        section.say(outstanding > 0 ? "report.ratings.cells" : "report.ratings.cells-no-outstanding", Figure.year(year),
                Figure.count(cells.completed(), Source.of(Place.CELLS, year)), Figure.count(cells.rated(), Source.of(Place.CELLS, year)),
                Figure.share(cells.shareOfRated(cells.completed()), Source.of(Place.CELLS, year)),
                Figure.count(outstanding, Source.of(Place.CELLS_AT_LEVEL, year, RatingLevel.OUTSTANDING)), Figure.plural(cells.rated()));
        long failed = cells.count(RatingLevel.FAILED);
        if (failed > 0) {
            section.say("report.ratings.cells-failed", Figure.count(failed, Source.of(Place.CELLS_AT_LEVEL, year, RatingLevel.FAILED)),
                    Figure.plural(failed));
        }
        if (cells.notRatedTotal() > 0) {
            section.say("report.ratings.cells-not-rated", Figure.count(cells.notRatedTotal(), Source.of(Place.CELLS, year)),
                    Figure.plural(cells.notRatedTotal()));
        }
    }

    /** The committee's own rating by its superior, and the exemplary among its outstanding members, where recorded. */
    private static void committee(CommitteeYear own, SectionBuilder section) {
        own.rating().ifPresent(level -> section.say(own.exemplary() ? "report.ratings.committee-exemplary" : "report.ratings.committee",
                Figure.year(own.year()), Figure.word("rating.level." + level)));
        if (own.exemplaryMembers() > 0) {
            section.say("report.ratings.exemplary-members", Figure.count(own.exemplaryMembers(),
                    Source.of(Place.RATINGS, own.year())), Figure.plural(own.exemplaryMembers()));
        }
    }

    private static void members(RatingDistribution members, int year, SectionBuilder section) {
        if (members.rated() == 0) {
            return;
        }
        Source ratings = Source.of(Place.RATINGS, year);
        List<Sentence> reasons = new ArrayList<>();
        for (Map.Entry<NotRatedReason, Long> reason : members.notRated().entrySet()) {
            if (reason.getValue() > 0) {
                reasons.add(Sentence.of("report.ratings.not-rated-reason", Figure.count(reason.getValue(), ratings),
                        Figure.word("rating.not-rated." + reason.getKey()), Figure.plural(reason.getValue())));
            }
        }
        section.say(reasons.isEmpty() ? "report.ratings.members-all-rated" : "report.ratings.members-rated", Figure.year(year),
                Figure.count(members.rated(), ratings), Figure.count(members.headcount(), ratings),
                Figure.count(members.notRatedTotal(), ratings), Figure.list(reasons), Figure.plural(members.rated()),
                Figure.plural(members.notRatedTotal()));
        long good = members.goodOrAbove();
        long outstanding = members.count(RatingLevel.OUTSTANDING);
        if (good > 0) {
            section.say(outstanding > 0 ? "report.ratings.good-or-above" : "report.ratings.good-or-above-only",
                    Figure.count(good, ratings), Figure.share(members.shareOfRated(good), ratings),
                    Figure.count(outstanding, Source.of(Place.RATED_MEMBERS, year, RatingLevel.OUTSTANDING)),
                    Figure.share(members.shareOfRated(outstanding), Source.of(Place.RATED_MEMBERS, year, RatingLevel.OUTSTANDING)),
                    Figure.plural(good), Figure.plural(outstanding));
        }
        List<Sentence> levels = new ArrayList<>();
        for (RatingLevel level : List.of(RatingLevel.OUTSTANDING, RatingLevel.GOOD, RatingLevel.SATISFACTORY)) {
            long count = members.count(level);
            if (count > 0) {
                Source source = Source.of(Place.RATED_MEMBERS, year, level);
                levels.add(Sentence.of("report.ratings.level", Figure.count(count, source), Figure.word("report.level." + level),
                        Figure.share(members.shareOfRated(count), source), Figure.plural(count)));
            }
        }
        if (!levels.isEmpty()) {
            section.say("report.ratings.levels", Figure.list(levels));
        }
        long failed = members.count(RatingLevel.FAILED);
        Source failedSource = Source.of(Place.RATED_MEMBERS, year, RatingLevel.FAILED);
        section.say(failed > 0 ? "report.ratings.failed" : "report.ratings.none-failed", Figure.count(failed, failedSource),
                Figure.share(members.shareOfRated(failed), failedSource), Figure.plural(failed));
        if (members.notRatedTotal() > 0) {
            section.say("report.ratings.headcount-basis", Figure.count(members.headcount(), ratings),
                    Figure.share(members.shareOfHeadcount(good), ratings), Figure.share(members.shareOfHeadcount(outstanding), ratings),
                    Figure.plural(members.headcount()));
        }
    }

    private static void rules(ReportData data, RatingDistribution members, int year, SectionBuilder section) {
        long outstanding = members.count(RatingLevel.OUTSTANDING);
        long good = members.count(RatingLevel.GOOD);
        if (data.ratings().outstandingQuotaBreached(members)) {
            Source ratings = Source.of(Place.RATINGS, year);
            section.say("report.ratings.quota-breached", Figure.count(outstanding, ratings),
                    Figure.share(good == 0 ? 0 : (double) outstanding / good, ratings), Figure.count(good, ratings),
                    Figure.plural(outstanding));
        }
        List<OutstandingCellCheck> checks = data.ratings().outstandingCellChecks(year);
        List<OutstandingCellCheck> breaking = checks.stream().filter(c -> !c.satisfied()).toList();
        if (!checks.isEmpty() && breaking.isEmpty()) {
            section.say("report.ratings.cell-checks-passed", Figure.count(checks.size(),
                    Source.of(Place.CELLS_AT_LEVEL, year, RatingLevel.OUTSTANDING)), Figure.plural(checks.size()));
        }
        Source cells = Source.of(Place.CELLS_AT_LEVEL, year, RatingLevel.OUTSTANDING);
        breaking.stream().limit(CHECKS_NAMED).forEach(check -> section.say("report.ratings.cell-check-broken",
                Figure.text(check.cellName(), cells), Figure.count(check.completed()), Figure.count(check.rated()),
                Figure.share(check.goodShare(), cells), Figure.plural(check.rated())));
        if (breaking.size() > CHECKS_NAMED) {
            section.say("report.ratings.cell-checks-more", Figure.count(breaking.size() - CHECKS_NAMED, cells),
                    Figure.plural(breaking.size() - CHECKS_NAMED));
        }
    }

    private static ReportTable table(RatingDistribution cells, RatingDistribution members, int year) {
        List<List<Figure>> rows = new ArrayList<>();
        if (members.rated() > 0 || cells.rated() > 0) {
            for (RatingLevel level : RatingLevel.values()) {
                rows.add(List.of(Figure.word("rating.level." + level),
                        Figure.count(members.count(level), Source.of(Place.RATED_MEMBERS, year, level)),
                        Figure.share(members.shareOfRated(members.count(level)), null),
                        Figure.share(members.shareOfHeadcount(members.count(level)), null),
                        Figure.count(cells.count(level), Source.of(Place.CELLS_AT_LEVEL, year, level))));
            }
            rows.add(List.of(Figure.word("report.ratings.not-rated"), Figure.count(members.notRatedTotal()), Figure.text(""),
                    Figure.share(members.shareOfHeadcount(members.notRatedTotal()), null), Figure.count(cells.notRatedTotal())));
        }
        return new ReportTable(Sentence.of("report.table.ratings", Figure.year(year)), List.of("report.column.level", "report.column.members",
                "report.column.share-of-rated", "report.column.share-of-headcount", "report.column.cells"), rows);
    }
}
