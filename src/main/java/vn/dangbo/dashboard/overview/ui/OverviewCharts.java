package vn.dangbo.dashboard.overview.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.dangbo.dashboard.base.i18n.Formats;
import vn.dangbo.dashboard.base.ui.Card;
import vn.dangbo.dashboard.chart.ApexChart;
import vn.dangbo.dashboard.chart.Charts;
import vn.dangbo.dashboard.organisation.TermPeriod;
import vn.dangbo.dashboard.ratings.NotRatedReason;
import vn.dangbo.dashboard.ratings.RatingDistribution;
import vn.dangbo.dashboard.ratings.RatingLevel;
import vn.dangbo.dashboard.ratings.ui.RatingPalette;
import vn.dangbo.dashboard.ratings.ui.RatingTable;
import vn.dangbo.dashboard.recruitment.YearlyAdmissions;
import vn.dangbo.dashboard.training.ProgrammeCount;

/** The overview's charts, each in a card with the sentence a report would write beside it. */
class OverviewCharts {
    private final TermPeriod term;
    private final OverviewData data;
    private final Locale locale;
    private final Optional<Integer> ratedYear;

    OverviewCharts(TermPeriod term, OverviewData data, Locale locale) {
        this.term = term;
        this.data = data;
        this.locale = locale;
        this.ratedYear = data.ratings().latestRatedYear(term);
    }

    Component memberRatings() {
        if (ratedYear.isEmpty()) {
            return new Card("card-member-ratings", t("overview.member-ratings", ""), new Paragraph(t("overview.no-ratings")));
        }
        int year = ratedYear.get();
        RatingDistribution ratings = data.ratings().memberDistribution(year);
        ApexChart chart = new ApexChart(Charts.donut()
                .values(levelNames(), Arrays.stream(RatingLevel.values()).map(ratings::count).toList())
                .colors(RatingPalette.all()).height("300px").build());
        chart.setId("chart-member-ratings");
        Card card = new Card("card-member-ratings", t("overview.member-ratings", String.valueOf(year)), chart,
                paragraph("member-ratings-summary", t("overview.member-ratings.summary",
                        pct(ratings.shareOfRated(ratings.goodOrAbove())),
                        pct(ratings.shareOfRated(ratings.count(RatingLevel.OUTSTANDING))), n(ratings.rated()))),
                new RatingTable("member-ratings-table", ratings, locale),
                paragraph("member-ratings-headcount", t("overview.member-ratings.headcount", String.valueOf(year),
                        n(ratings.headcount()), n(ratings.rated()), n(ratings.notRatedTotal()))),
                paragraph("member-ratings-not-rated", notRated(ratings)));
        if (data.ratings().outstandingQuotaBreached(ratings)) {
            long outstanding = ratings.count(RatingLevel.OUTSTANDING);
            long good = ratings.count(RatingLevel.GOOD);
            Paragraph warning = paragraph("member-ratings-quota", t("overview.member-ratings.quota", n(outstanding), n(good),
                    pct(good == 0 ? 0 : (double) outstanding / good)));
            warning.addClassName("warning");
            card.add(warning);
        }
        return card;
    }

    Component cellRatings() {
        if (ratedYear.isEmpty()) {
            return new Card("card-cell-ratings", t("overview.cell-ratings", ""), new Paragraph(t("overview.no-ratings")));
        }
        int year = ratedYear.get();
        RatingDistribution cells = data.ratings().cellDistribution(year);
        ApexChart chart = new ApexChart(Charts.column()
                .categories(Arrays.stream(RatingLevel.values()).map(l -> t("rating.short." + l)).toList())
                .series(t("overview.cells"), Arrays.stream(RatingLevel.values()).map(cells::count).toList())
                .distributed().colors(RatingPalette.all()).withoutLegend().height("260px").build());
        chart.setValueFormat(0, "");
        chart.setId("chart-cell-ratings");
        long outstanding = cells.count(RatingLevel.OUTSTANDING);
        return new Card("card-cell-ratings", t("overview.cell-ratings", String.valueOf(year)), chart,
                paragraph("cell-ratings-summary", t("overview.cell-ratings.summary", n(cells.completed()),
                        n(cells.headcount()), pct(cells.shareOfHeadcount(cells.completed())), n(outstanding),
                        pct(cells.shareOfHeadcount(outstanding)))));
    }

    Component admissionsByYear() {
        List<YearlyAdmissions> years = data.recruitment().admissionsByYear(term);
        ApexChart chart = new ApexChart(Charts.column()
                .categories(years.stream().map(y -> String.valueOf(y.year())).toList())
                .series(t("overview.admissions-by-year.admitted"), years.stream().map(YearlyAdmissions::admitted).toList())
                .series(t("overview.admissions-by-year.target"), years.stream().map(YearlyAdmissions::target).toList())
                .colors(List.of("#b3261e", "#9e9e9e")).height("280px").build());
        chart.setValueFormat(0, "");
        chart.setId("chart-admissions-by-year");
        return new Card("card-admissions-by-year", t("overview.admissions-by-year"), chart);
    }

    Component trainings() {
        List<ProgrammeCount> programmes = data.trainings().byProgramme(term);
        ApexChart chart = new ApexChart(Charts.bar()
                .categories(programmes.stream().map(p -> t("training." + p.programme())).toList())
                .series(t("overview.trainings.people"), programmes.stream().map(ProgrammeCount::count).toList())
                .colors(List.of("#2f6fbf")).withoutLegend().height("220px").build());
        chart.setValueFormat(0, "");
        chart.setId("chart-trainings");
        UnorderedList list = new UnorderedList(programmes.stream()
                .map(p -> new ListItem(t("training." + p.programme()) + ": " + n(p.count()))).toArray(ListItem[]::new));
        list.setId("trainings-list");
        return new Card("card-trainings", t("overview.trainings"), chart, list);
    }

    Component awards() {
        var awards = data.results().awards(term);
        Component content = awards.isEmpty() ? new Paragraph(t("overview.awards.none"))
                : new UnorderedList(awards.stream()
                        .map(a -> new ListItem(t("overview.awards.entry", String.valueOf(a.year()), a.title(), a.awardedBy())))
                        .toArray(ListItem[]::new));
        return new Card("card-awards", t("overview.awards"), content);
    }

    private String notRated(RatingDistribution ratings) {
        Map<NotRatedReason, Long> reasons = ratings.notRated();
        String details = reasons.entrySet().stream()
                .map(e -> t("rating.not-rated." + e.getKey()) + " " + n(e.getValue()))
                .collect(Collectors.joining(", "));
        return t("overview.member-ratings.not-rated", n(ratings.notRatedTotal())) + (details.isEmpty() ? "" : " (" + details + ")");
    }

    private List<String> levelNames() {
        return Arrays.stream(RatingLevel.values()).map(l -> t("rating.short." + l)).toList();
    }

    private static Paragraph paragraph(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        return p;
    }

    private String pct(double share) {
        return Formats.percent(share, locale);
    }

    private String n(long value) {
        return Formats.number(value, locale);
    }

    private String t(String key, Object... params) {
        I18NProvider i18n = VaadinService.getCurrent().getInstantiator().getI18NProvider();
        return i18n.getTranslation(key, locale, params);
    }
}
