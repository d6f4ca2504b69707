package vn.dangbo.dashboard.presentation.ui;

import vn.dangbo.dashboard.organisation.ui.MergerMark;
import vn.dangbo.dashboard.ratings.ScoreBandCount;
import vn.dangbo.dashboard.ratings.ui.ScoreBandChart;
import vn.dangbo.dashboard.ratings.RuleSet;
import vn.dangbo.dashboard.members.ui.MovementWaterfall;
import vn.dangbo.dashboard.badges.BadgeCount;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dangbo.dashboard.base.i18n.Formats;
import vn.dangbo.dashboard.base.i18n.Texts;
import vn.dangbo.dashboard.chart.ApexChart;
import vn.dangbo.dashboard.chart.Charts;
import vn.dangbo.dashboard.members.MembershipSummary;
import vn.dangbo.dashboard.organisation.TermPeriod;
import vn.dangbo.dashboard.presentation.Slide;
import vn.dangbo.dashboard.ratings.CellYearRating;
import vn.dangbo.dashboard.ratings.RatingDistribution;
import vn.dangbo.dashboard.ratings.RatingLevel;
import vn.dangbo.dashboard.ratings.ui.RatingPalette;
import vn.dangbo.dashboard.recruitment.RecruitmentProgress;
import vn.dangbo.dashboard.recruitment.YearlyAdmissions;
import vn.dangbo.dashboard.results.TargetResult;
import vn.dangbo.dashboard.training.ProgrammeCount;

/** Builds one slide of the term presentation from the data. No slide names a member. */
class SlideFactory {
    private static final String CHART_FONT = "22px";
    private final SlideData data;
    private final TermPeriod term;
    private final Texts texts;
    private final boolean dark;

    SlideFactory(SlideData data, TermPeriod term, Texts texts, boolean dark) {
        this.data = data;
        this.term = term;
        this.texts = texts;
        this.dark = dark;
    }

    Component build(Slide slide) {
        return switch (slide) {
            case TITLE -> title();
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

    private Div title() {
        Div slide = slide("slide-title-page", data.organisation().committeeName().orElse(t("layout.no-committee")));
        slide.add(line("slide-subtitle", t("present.title.subtitle", years())));
        return slide;
    }

    private Div targets() {
        List<TargetResult> targets = data.results().targets(term);
        long met = targets.stream().filter(TargetResult::met).count();
        Div slide = slide("slide-targets", t("present.targets.title", n(met), n(targets.size())));
        Div table = new Div();
        table.addClassName("slide-table");
        for (TargetResult target : targets) {
            Div row = new Div(new Span(target.position() + ". " + target.name()),
                    new Span(t("present.targets.target", Formats.withUnit(value(target.target()), target.unit()))),
                    new Span(target.result() == null ? "—" : Formats.withUnit(value(target.result()), target.unit())),
                    new Span(target.met() ? "✓" : "✗"));
            row.addClassNames("slide-row", target.met() ? "met" : "not-met");
            table.add(row);
        }
        slide.add(table);
        return slide;
    }

    private Div membership() {
        MembershipSummary members = data.members().currentMembership();
        Div slide = slide("slide-membership", t("present.membership.title"));
        slide.add(figures(figure(n(members.total()), t("present.membership.members")),
                figure(n(members.probationary()), t("present.membership.probationary")),
                figure(n(members.exempt()), t("present.membership.exempt"))));
        slide.add(chart("chart-slide-membership", MovementWaterfall.of(data.members().movement(term), texts), 0));
        return slide;
    }

    private Div recruitment() {
        RecruitmentProgress progress = data.recruitment().termProgress(term);
        List<YearlyAdmissions> years = data.recruitment().admissionsByYear(term);
        var direct = data.recruitment().directWorkersFromHamlets(term);
        Div slide = slide("slide-recruitment", t("present.recruitment.title"));
        slide.add(figures(figure(n(progress.admitted()) + "/" + n(progress.target()), t("present.recruitment.admitted")),
                figure(Formats.percent(progress.ratio(), texts.locale()), t("present.recruitment.ratio")),
                figure(n(direct.admitted()), t("present.recruitment.direct", n(direct.hamletCellsAdmitting()),
                        n(direct.hamletCells()), t(data.organisation().residentialWord().key())))));
        slide.add(chart("chart-slide-recruitment", MergerMark.on(Charts.column()
                .categories(years.stream().map(y -> String.valueOf(y.year())).toList())
                .series(t("overview.admissions-by-year.admitted"), years.stream().map(YearlyAdmissions::admitted).toList())
                .series(t("overview.admissions-by-year.target"), years.stream().map(YearlyAdmissions::target).toList())
                .colors(List.of("#e53935", "#9e9e9e")), data.organisation().mergedOn(), texts), 0));
        return slide;
    }

    private Div ratings() {
        List<RatingDistribution> years = data.ratings().memberTrend(term);
        Div slide = slide("slide-ratings", t("present.ratings.title"));
        if (!years.isEmpty()) {
            RatingDistribution last = years.getLast();
            slide.add(figures(
                    figure(pct(last.shareOfRated(last.goodOrAbove())), t("present.ratings.good", String.valueOf(last.year()))),
                    figure(pct(last.shareOfRated(last.count(RatingLevel.OUTSTANDING))),
                            t("present.ratings.outstanding", String.valueOf(last.year())))));
        }
        Charts chart = Charts.column().stacked100().categories(years.stream().map(d -> String.valueOf(d.year())).toList())
                .colors(RatingPalette.all());
        for (RatingLevel level : RatingLevel.values()) {
            chart.series(t("rating.short." + level), years.stream().map(d -> d.count(level)).toList());
        }
        Div trend = chart("chart-slide-ratings", MergerMark.on(chart, data.organisation().mergedOn(), texts), 1);
        scoreBands(years).ifPresentOrElse(bands -> {
            Div both = new Div(trend, bands);
            both.addClassName("slide-columns");
            slide.add(both);
        }, () -> slide.add(trend));
        return slide;
    }

    /** From 2025 the last year's scores in bands, coloured by the level each gives, beside the years' levels. */
    private java.util.Optional<Div> scoreBands(List<RatingDistribution> years) {
        if (years.isEmpty() || RuleSet.forYear(years.getLast().year()) != RuleSet.REGULATION_366) {
            return java.util.Optional.empty();
        }
        List<ScoreBandCount> bands = data.ratings().scoreBands(years.getLast().year());
        if (bands.stream().allMatch(b -> b.count() == 0)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(chart("chart-slide-score-bands", ScoreBandChart.of(bands, texts), 0));
    }

    /** The strongest cells are those most often outstanding over the term; the weakest, most often satisfactory. */
    private Div cells() {
        Div slide = slide("slide-cells", t("present.cells.title"));
        Optional<Integer> year = data.ratings().latestRatedYear(term);
        year.ifPresent(y -> {
            RatingDistribution cells = data.ratings().cellDistribution(y);
            slide.add(figures(figure(n(cells.completed()) + "/" + n(cells.headcount()), t("present.cells.completed", String.valueOf(y))),
                    figure(n(cells.count(RatingLevel.OUTSTANDING)) + "/" + n(cells.headcount()),
                            t("present.cells.outstanding", String.valueOf(y)))));
        });
        List<CellYearRating> ratings = data.ratings().cellRatings(term);
        Div lists = new Div(cellList("slide-strongest", t("present.cells.strongest"), ratings, RatingLevel.OUTSTANDING),
                cellList("slide-weakest", t("present.cells.weakest"), ratings, RatingLevel.SATISFACTORY));
        lists.addClassName("slide-columns");
        slide.add(lists);
        return slide;
    }

    private Div trainings() {
        List<ProgrammeCount> programmes = data.trainings().byProgramme(term);
        Div slide = slide("slide-trainings", t("present.trainings.title"));
        slide.add(figures(programmes.stream().map(p -> figure(n(p.count()), t("training." + p.programme())))
                .toArray(Component[]::new)));
        slide.add(chart("chart-slide-trainings", Charts.bar()
                .categories(programmes.stream().map(p -> t("training." + p.programme())).toList())
                .series(t("overview.trainings.people"), programmes.stream().map(ProgrammeCount::count).toList())
                .colors(List.of("#1e88e5")).withoutLegend(), 0));
        return slide;
    }

    /** The party badges presented in the term, by badge: figures and a chart, no names. */
    private Div badges() {
        List<BadgeCount> counts = data.badges().awardedByBadge(term);
        Div slide = slide("slide-badges", t("present.badges.title"));
        slide.add(figures(figure(n(counts.stream().mapToLong(BadgeCount::count).sum()), t("present.badges.total"))));
        slide.add(chart("chart-slide-badges", Charts.column()
                .categories(counts.stream().map(c -> t("badges.badge", String.valueOf(c.badgeYears()))).toList())
                .series(t("present.badges.series"), counts.stream().map(BadgeCount::count).toList())
                .colors(List.of("#c62828")).withoutLegend(), 0));
        return slide;
    }

    private Div awards() {
        Div slide = slide("slide-awards", t("present.awards.title"));
        String hamlets = t(data.organisation().residentialWord().key() + ".many");
        data.results().communeNewRural(term).ifPresent(commune -> slide.add(figures(figure(n(commune.met()) + "/" + n(commune.total()),
                t("present.awards.commune", String.valueOf(commune.year()))))));
        data.results().latestNewRural(term).ifPresent(rural -> slide.add(figures(
                figure(n(rural.advancedOrAbove()) + "/" + n(rural.hamlets()), t("present.awards.advanced", String.valueOf(rural.year()),
                        hamlets)),
                figure(n(rural.model()), t("present.awards.model", hamlets)))));
        Div list = new Div();
        list.addClassName("slide-list");
        data.results().awards(term).forEach(a -> list.add(line(null, t("overview.awards.entry",
                String.valueOf(a.year()), a.title(), a.awardedBy()))));
        slide.add(list);
        return slide;
    }

    private Div closing() {
        Div slide = slide("slide-closing", t("present.closing.title"));
        slide.add(line("slide-subtitle", data.organisation().committeeName().orElse("") + " · " + years()));
        return slide;
    }

    private Component cellList(String id, String heading, List<CellYearRating> ratings, RatingLevel level) {
        Map<String, Long> counts = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (CellYearRating r : ratings) {
            names.put(r.cellCode(), r.cellName());
            if (r.level() == level) {
                counts.merge(r.cellCode(), 1L, Long::sum);
            }
        }
        Div list = new Div(line("slide-list-heading", heading));
        list.setId(id);
        list.addClassName("slide-list");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(3)
                .forEach(e -> list.add(line(null, t("present.cells.entry", names.get(e.getKey()), n(e.getValue()),
                        t("rating.short." + level)))));
        return list;
    }

    private Div slide(String id, String title) {
        Div slide = new Div();
        slide.setId(id);
        slide.addClassName("slide");
        H1 heading = new H1(title);
        heading.addClassName("slide-heading");
        slide.add(heading);
        return slide;
    }

    private Div figures(Component... figures) {
        Div row = new Div(figures);
        row.addClassName("slide-figures");
        return row;
    }

    private Div figure(String value, String caption) {
        Span number = new Span(value);
        number.addClassName("slide-figure");
        Span label = new Span(caption);
        label.addClassName("slide-figure-label");
        Div figure = new Div(number, label);
        figure.addClassName("slide-figure-box");
        return figure;
    }

    /** A category label longer than this wraps onto another line on a slide. */
    private static final int SLIDE_LABEL_CHARACTERS = 18;

    private Div chart(String id, Charts charts, int decimals) {
        if (dark) {
            charts.onDark();
        }
        ApexChart chart = new ApexChart(charts.fontSize(CHART_FONT).withoutToolbar().height("100%").build());
        chart.setId(id);
        chart.setValueFormat(decimals, "");
        chart.setWrapLabels(SLIDE_LABEL_CHARACTERS);
        chart.setHeightFull();
        Div box = new Div(chart);
        box.addClassName("slide-chart");
        return box;
    }

    private static Span line(String className, String text) {
        Span span = new Span(text);
        if (className != null) {
            span.addClassName(className);
        }
        return span;
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
