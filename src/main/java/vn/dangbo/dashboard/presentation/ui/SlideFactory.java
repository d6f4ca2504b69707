package vn.dangbo.dashboard.presentation.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.badges.BadgeCount;
import vn.dangbo.dashboard.base.i18n.Formats;
import vn.dangbo.dashboard.base.i18n.Texts;
import vn.dangbo.dashboard.chart.Charts;
import vn.dangbo.dashboard.members.MembershipSummary;
import vn.dangbo.dashboard.members.ui.MovementWaterfall;
import vn.dangbo.dashboard.organisation.TermPeriod;
import vn.dangbo.dashboard.organisation.ui.MergerMark;
import vn.dangbo.dashboard.presentation.Slide;
import vn.dangbo.dashboard.presentation.ui.SlideContent.Block;
import vn.dangbo.dashboard.presentation.ui.SlideContent.Chart;
import vn.dangbo.dashboard.presentation.ui.SlideContent.Columns;
import vn.dangbo.dashboard.presentation.ui.SlideContent.Figure;
import vn.dangbo.dashboard.presentation.ui.SlideContent.Figures;
import vn.dangbo.dashboard.presentation.ui.SlideContent.Lines;
import vn.dangbo.dashboard.presentation.ui.SlideContent.Row;
import vn.dangbo.dashboard.presentation.ui.SlideContent.Rows;
import vn.dangbo.dashboard.presentation.ui.SlideContent.Subtitle;
import vn.dangbo.dashboard.ratings.CellYearRating;
import vn.dangbo.dashboard.ratings.RatingDistribution;
import vn.dangbo.dashboard.ratings.RatingLevel;
import vn.dangbo.dashboard.ratings.RuleSet;
import vn.dangbo.dashboard.ratings.ScoreBandCount;
import vn.dangbo.dashboard.ratings.ui.RatingPalette;
import vn.dangbo.dashboard.ratings.ui.ScoreBandChart;
import vn.dangbo.dashboard.recruitment.RecruitmentProgress;
import vn.dangbo.dashboard.recruitment.YearlyAdmissions;
import vn.dangbo.dashboard.results.TargetResult;
import vn.dangbo.dashboard.training.ProgrammeCount;

/** Composes one slide of the term presentation from the data, as content to draw or write. No slide names a member. */
class SlideFactory {
    private final SlideData data;
    private final TermPeriod term;
    private final Texts texts;

    SlideFactory(SlideData data, TermPeriod term, Texts texts) {
        this.data = data;
        this.term = term;
        this.texts = texts;
    }

    SlideContent build(Slide slide) {
        return switch (slide) {
            case TITLE -> title();
            case BRIEF -> brief();
            case TARGETS -> targets();
            case MEMBERSHIP -> membership();
            case RECRUITMENT -> recruitment();
            case RATINGS -> ratings();
            case CELLS -> cells();
            case TRAININGS -> trainings();
            case AWARDS -> awards();
            case BADGES -> badges();
            case CLOSING -> closing();
        };
    }

    private SlideContent title() {
        return slide("slide-title-page", data.organisation().committeeName().orElse(t("layout.no-committee")),
                new Subtitle(t("present.title.subtitle", years())));
    }

    /**
     * The monthly meeting's brief at the start of its deck: how many things need attention and how many conclusions
     * are open or overdue; each rule that found something with its count; the open conclusions. Names no member.
     */
    private SlideContent brief() {
        var brief = data.briefs().brief();
        long open = brief.conclusions().stream().filter(c -> c.state() != vn.dangbo.dashboard.conclusions.ConclusionState.DONE).count();
        long overdue = brief.conclusions().stream()
                .filter(c -> c.state() == vn.dangbo.dashboard.conclusions.ConclusionState.OVERDUE).count();
        List<String> rules = java.util.Arrays.stream(vn.dangbo.dashboard.attention.AttentionRule.values())
                .filter(rule -> !brief.attention().items(rule).isEmpty())
                .map(rule -> t(rule.titleKey()) + ": " + n(brief.attention().items(rule).size())).toList();
        List<String> conclusions = brief.conclusions().stream()
                .filter(c -> c.state() != vn.dangbo.dashboard.conclusions.ConclusionState.DONE)
                .map(c -> c.content() + " — " + c.assignee() + " (" + Formats.date(c.dueDate()) + ")").toList();
        return slide("slide-brief", t("brief.title", brief.month().getMonthValue() + "/" + brief.month().getYear()),
                figures(figure(n(brief.attention().total()), t("present.brief.attention")),
                        figure(n(open), t("present.brief.open")), figure(n(overdue), t("present.brief.overdue"))),
                new Columns(List.of(new Lines("slide-brief-rules", t("brief.section.attention"), rules),
                        new Lines("slide-brief-conclusions", t("brief.section.conclusions"), conclusions))));
    }

    private SlideContent targets() {
        List<TargetResult> targets = data.results().targets(term);
        long met = targets.stream().filter(TargetResult::met).count();
        List<Row> rows = targets.stream().map(target -> new Row(List.of(target.position() + ". " + target.name(),
                t("present.targets.target", Formats.withUnit(value(target.target()), target.unit())),
                target.result() == null ? "—" : Formats.withUnit(value(target.result()), target.unit()),
                target.met() ? "✓" : "✗"), target.met())).toList();
        return slide("slide-targets", t("present.targets.title", n(met), n(targets.size())), new Rows(rows));
    }

    private SlideContent membership() {
        MembershipSummary members = data.members().currentMembership();
        return slide("slide-membership", t("present.membership.title"),
                figures(figure(n(members.total()), t("present.membership.members")),
                        figure(n(members.probationary()), t("present.membership.probationary")),
                        figure(n(members.exempt()), t("present.membership.exempt"))),
                new Chart("chart-slide-membership", MovementWaterfall.of(data.members().movement(term), texts), 0));
    }

    private SlideContent recruitment() {
        RecruitmentProgress progress = data.recruitment().termProgress(term);
        List<YearlyAdmissions> years = data.recruitment().admissionsByYear(term);
        var direct = data.recruitment().directWorkersFromHamlets(term);
        return slide("slide-recruitment", t("present.recruitment.title"),
                figures(figure(n(progress.admitted()) + "/" + n(progress.target()), t("present.recruitment.admitted")),
                        figure(Formats.percent(progress.ratio(), texts.locale()), t("present.recruitment.ratio")),
                        figure(n(direct.admitted()), t("present.recruitment.direct", n(direct.hamletCellsAdmitting()),
                                n(direct.hamletCells()), t(data.organisation().residentialWord().key())))),
                new Chart("chart-slide-recruitment", MergerMark.on(Charts.column()
                        .categories(years.stream().map(y -> String.valueOf(y.year())).toList())
                        .series(t("overview.admissions-by-year.admitted"), years.stream().map(YearlyAdmissions::admitted).toList())
                        .series(t("overview.admissions-by-year.target"), years.stream().map(YearlyAdmissions::target).toList())
                        .colors(List.of("#e53935", "#9e9e9e")), data.organisation().mergedOn(), texts), 0));
    }

    private SlideContent ratings() {
        List<RatingDistribution> years = data.ratings().memberTrend(term);
        List<Block> blocks = new ArrayList<>();
        if (!years.isEmpty()) {
            RatingDistribution last = years.getLast();
            blocks.add(figures(
                    figure(pct(last.shareOfRated(last.goodOrAbove())), t("present.ratings.good", String.valueOf(last.year()))),
                    figure(pct(last.shareOfRated(last.count(RatingLevel.OUTSTANDING))),
                            t("present.ratings.outstanding", String.valueOf(last.year())))));
        }
        Charts chart = Charts.column().stacked100().categories(years.stream().map(d -> String.valueOf(d.year())).toList())
                .colors(RatingPalette.all());
        for (RatingLevel level : RatingLevel.values()) {
            chart.series(t("rating.short." + level), years.stream().map(d -> d.count(level)).toList());
        }
        Chart trend = new Chart("chart-slide-ratings", MergerMark.on(chart, data.organisation().mergedOn(), texts), 1);
        blocks.add(scoreBands(years).<Block>map(bands -> new Columns(List.of(trend, bands))).orElse(trend));
        return new SlideContent("slide-ratings", t("present.ratings.title"), blocks);
    }

    /** From 2025 the last year's scores in bands, coloured by the level each gives, beside the years' levels. */
    private Optional<Chart> scoreBands(List<RatingDistribution> years) {
        if (years.isEmpty() || RuleSet.forYear(years.getLast().year()) != RuleSet.REGULATION_366) {
            return Optional.empty();
        }
        List<ScoreBandCount> bands = data.ratings().scoreBands(years.getLast().year());
        if (bands.stream().allMatch(b -> b.count() == 0)) {
            return Optional.empty();
        }
        return Optional.of(new Chart("chart-slide-score-bands", ScoreBandChart.of(bands, texts), 0));
    }

    /** The strongest cells are those most often outstanding over the term; the weakest, most often satisfactory. */
    private SlideContent cells() {
        List<Block> blocks = new ArrayList<>();
        Optional<Integer> year = data.ratings().latestRatedYear(term);
        year.ifPresent(y -> {
            RatingDistribution cells = data.ratings().cellDistribution(y);
            blocks.add(figures(figure(n(cells.completed()) + "/" + n(cells.headcount()), t("present.cells.completed", String.valueOf(y))),
                    figure(n(cells.count(RatingLevel.OUTSTANDING)) + "/" + n(cells.headcount()),
                            t("present.cells.outstanding", String.valueOf(y)))));
        });
        List<CellYearRating> ratings = data.ratings().cellRatings(term);
        blocks.add(new Columns(List.of(cellList("slide-strongest", t("present.cells.strongest"), ratings, RatingLevel.OUTSTANDING),
                cellList("slide-weakest", t("present.cells.weakest"), ratings, RatingLevel.SATISFACTORY))));
        return new SlideContent("slide-cells", t("present.cells.title"), blocks);
    }

    private SlideContent trainings() {
        List<ProgrammeCount> programmes = data.trainings().byProgramme(term);
        return slide("slide-trainings", t("present.trainings.title"),
                new Figures(programmes.stream().map(p -> figure(n(p.count()), t("training." + p.programme()))).toList()),
                new Chart("chart-slide-trainings", Charts.bar()
                        .categories(programmes.stream().map(p -> t("training." + p.programme())).toList())
                        .series(t("overview.trainings.people"), programmes.stream().map(ProgrammeCount::count).toList())
                        .colors(List.of("#1e88e5")).withoutLegend(), 0));
    }

    /** The party badges presented in the term, by badge: figures and a chart, no names. */
    private SlideContent badges() {
        List<BadgeCount> counts = data.badges().awardedByBadge(term);
        return slide("slide-badges", t("present.badges.title"),
                figures(figure(n(counts.stream().mapToLong(BadgeCount::count).sum()), t("present.badges.total"))),
                new Chart("chart-slide-badges", Charts.column()
                        .categories(counts.stream().map(c -> t("badges.badge", String.valueOf(c.badgeYears()))).toList())
                        .series(t("present.badges.series"), counts.stream().map(BadgeCount::count).toList())
                        .colors(List.of("#c62828")).withoutLegend(), 0));
    }

    private SlideContent awards() {
        List<Block> blocks = new ArrayList<>();
        String hamlets = t(data.organisation().residentialWord().key() + ".many");
        data.results().communeNewRural(term).ifPresent(commune -> blocks.add(figures(figure(n(commune.met()) + "/" + n(commune.total()),
                t("present.awards.commune", String.valueOf(commune.year()))))));
        data.results().latestNewRural(term).ifPresent(rural -> blocks.add(figures(
                figure(n(rural.advancedOrAbove()) + "/" + n(rural.hamlets()), t("present.awards.advanced", String.valueOf(rural.year()),
                        hamlets)),
                figure(n(rural.model()), t("present.awards.model", hamlets)))));
        blocks.add(new Lines(null, null, data.results().awards(term).stream().map(a -> t("overview.awards.entry",
                String.valueOf(a.year()), a.title(), a.awardedBy())).toList()));
        return new SlideContent("slide-awards", t("present.awards.title"), blocks);
    }

    private SlideContent closing() {
        return slide("slide-closing", t("present.closing.title"),
                new Subtitle(data.organisation().committeeName().orElse("") + " · " + years()));
    }

    private Lines cellList(String id, String heading, List<CellYearRating> ratings, RatingLevel level) {
        Map<String, Long> counts = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (CellYearRating r : ratings) {
            names.put(r.cellCode(), r.cellName());
            if (r.level() == level) {
                counts.merge(r.cellCode(), 1L, Long::sum);
            }
        }
        return new Lines(id, heading, counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(3)
                .map(e -> t("present.cells.entry", names.getOrDefault(e.getKey(), e.getKey()), n(e.getValue()), t("rating.short." + level)))
                .toList());
    }

    private static SlideContent slide(String id, String title, Block... blocks) {
        return new SlideContent(id, title, List.of(blocks));
    }

    private static Figures figures(Figure... figures) {
        return new Figures(List.of(figures));
    }

    private static Figure figure(String value, String caption) {
        return new Figure(value, caption);
    }

    private String years() {
        return t("period.term.value", String.valueOf(term.startYear()), String.valueOf(term.endYear()));
    }

    private String value(java.math.BigDecimal number) {
        return Formats.decimal(number, texts.locale());
    }

    private String t(String key, Object... params) {
        return texts.t(key, params);
    }

    private String n(long value) {
        return texts.n(value);
    }

    private String pct(double share) {
        return texts.pct(share);
    }
}
