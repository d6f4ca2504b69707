package vn.dangbo.dashboard.overview.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.i18n.Formats;
import vn.dangbo.dashboard.base.i18n.Texts;
import vn.dangbo.dashboard.base.ui.Card;
import vn.dangbo.dashboard.base.ui.Links;
import vn.dangbo.dashboard.base.ui.Paragraphs;
import vn.dangbo.dashboard.chart.ApexChart;
import vn.dangbo.dashboard.chart.Charts;
import vn.dangbo.dashboard.organisation.TermPeriod;
import vn.dangbo.dashboard.organisation.ui.CellLens;
import vn.dangbo.dashboard.ratings.RatingDistribution;
import vn.dangbo.dashboard.ratings.RatingLevel;
import vn.dangbo.dashboard.ratings.ui.RatingPalette;
import vn.dangbo.dashboard.ratings.ui.RatingTable;
import vn.dangbo.dashboard.ratings.ui.RatingTexts;
import vn.dangbo.dashboard.recruitment.YearlyAdmissions;
import vn.dangbo.dashboard.recruitment.ui.AdmissionCharts;
import vn.dangbo.dashboard.recruitment.ui.RecruitmentLinks;
import vn.dangbo.dashboard.training.ProgrammeCount;
import vn.dangbo.dashboard.training.ui.TrainingLinks;

/** The overview's charts, each in a card with the sentence a report would write beside it. */
class OverviewCharts {
    private final TermPeriod term;
    private final OverviewData data;
    private final Locale locale;
    private final Texts texts;
    private final Optional<Integer> ratedYear;
    private final OverviewLinks links;

    /** The cell the overview looks at, or null for the whole committee. */
    private final @Nullable String cellCode;

    OverviewCharts(TermPeriod term, OverviewData data, CellLens lens, Locale locale) {
        this.term = term;
        this.data = data;
        this.locale = locale;
        this.texts = new Texts(locale);
        this.ratedYear = data.ratings().latestRatedYear(term);
        this.cellCode = lens.code();
        this.links = new OverviewLinks(term, cellCode);
    }

    /** The year before's ratings, to show each level's change against; null when that year has none. */
    private @Nullable RatingDistribution previousYear(int year) {
        RatingDistribution previous = data.ratings().memberDistribution(year - 1, cellCode);
        return previous.rated() > 0 ? previous : null;
    }

    Component memberRatings() {
        if (ratedYear.isEmpty()) {
            return new Card("card-member-ratings", t("overview.member-ratings", ""), new Paragraph(t("overview.no-ratings")));
        }
        int year = ratedYear.get();
        RatingDistribution ratings = data.ratings().memberDistribution(year, cellCode);
        ApexChart chart = new ApexChart(Charts.donut()
                .values(levelNames(), Arrays.stream(RatingLevel.values()).map(ratings::count).toList())
                .colors(RatingPalette.all()).height("300px").build());
        chart.setId("chart-member-ratings");
        chart.setUnit(t("unit.members")).setFileName(file("xep-loai-dang-vien-" + year));
        chart.addDataPointClickListener(e -> Links.follow(links.ratedMembers(year, RatingLevel.values()[e.getDataPointIndex()])));
        Card card = new Card("card-member-ratings", t("overview.member-ratings", String.valueOf(year)), chart,
                paragraph("member-ratings-summary", t("overview.member-ratings.summary",
                        pct(ratings.shareOfRated(ratings.goodOrAbove())),
                        pct(ratings.shareOfRated(ratings.count(RatingLevel.OUTSTANDING))), n(ratings.rated()))),
                new RatingTable("member-ratings-table", ratings, previousYear(year), locale,
                        null, level -> links.newAtLevel(year, level)),
                paragraph("member-ratings-headcount", t("overview.member-ratings.headcount", String.valueOf(year),
                        n(ratings.headcount()), n(ratings.rated()), n(ratings.notRatedTotal()))),
                paragraph("member-ratings-not-rated", RatingTexts.notRated(ratings, texts)));
        if (cellCode == null && data.ratings().outstandingQuotaBreached(ratings)) {
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
        chart.setUnit(t("unit.cells")).setFileName(file("xep-loai-chi-bo-" + year));
        chart.addDataPointClickListener(e -> Links.follow(links.cellsAt(year, RatingLevel.values()[e.getDataPointIndex()])));
        long outstanding = cells.count(RatingLevel.OUTSTANDING);
        return new Card("card-cell-ratings", t("overview.cell-ratings", String.valueOf(year)), chart,
                paragraph("cell-ratings-summary", t("overview.cell-ratings.summary", n(cells.completed()),
                        n(cells.headcount()), pct(cells.shareOfHeadcount(cells.completed())), n(outstanding),
                        pct(cells.shareOfHeadcount(outstanding)))));
    }

    Component admissionsByYear() {
        List<YearlyAdmissions> years = data.recruitment().admissionsByYear(term, cellCode);
        ApexChart chart = AdmissionCharts.byYear("chart-admissions-by-year", years, cellCode == null,
                data.organisation().mergedOn(), texts);
        chart.setFileName(file("ket-nap-theo-nam-" + term.label()));
        chart.addDataPointClickListener(e -> Links.follow(
                RecruitmentLinks.admitted(term, years.get(e.getDataPointIndex()).year(), cellCode)));
        return new Card("card-admissions-by-year", t("overview.admissions-by-year"), chart);
    }

    Component trainings() {
        List<ProgrammeCount> programmes = data.trainings().byProgramme(term, cellCode);
        ApexChart chart = new ApexChart(Charts.bar()
                .categories(programmes.stream().map(p -> t("training." + p.programme())).toList())
                .series(t("overview.trainings.people"), programmes.stream().map(ProgrammeCount::count).toList())
                .colors(List.of("#2f6fbf")).withoutLegend().height("220px").build());
        chart.setValueFormat(0, "");
        chart.setId("chart-trainings");
        chart.setUnit(t("unit.members")).setFileName(file("dao-tao-" + term.label()));
        chart.addDataPointClickListener(e -> Links.follow(
                TrainingLinks.trained(term, programmes.get(e.getDataPointIndex()).programme(), cellCode)));
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

    /** A download's name, with the lens's cell when there is one. */
    private String file(String name) {
        return CellLens.fileName(name, cellCode);
    }

    private List<String> levelNames() {
        return Arrays.stream(RatingLevel.values()).map(l -> t("rating.short." + l)).toList();
    }

    private static Paragraph paragraph(String id, String text) {
        return Paragraphs.of(id, text);
    }

    private String pct(double share) {
        return Formats.percent(share, locale);
    }

    private String n(long value) {
        return Formats.number(value, locale);
    }

    private String t(String key, Object... params) {
        return texts.t(key, params);
    }
}
