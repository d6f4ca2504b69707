package vn.dangbo.dashboard.province.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import vn.dangbo.dashboard.base.i18n.Formats;
import vn.dangbo.dashboard.base.i18n.Texts;
import vn.dangbo.dashboard.base.table.Table;
import vn.dangbo.dashboard.base.ui.Card;
import vn.dangbo.dashboard.base.ui.CommitteeAddress;
import vn.dangbo.dashboard.base.ui.Grids;
import vn.dangbo.dashboard.chart.ApexChart;
import vn.dangbo.dashboard.chart.Charts;
import vn.dangbo.dashboard.organisation.ui.PeriodSelection;
import vn.dangbo.dashboard.province.CommuneFigures;
import vn.dangbo.dashboard.ratings.RatingLevel;
import vn.dangbo.dashboard.ratings.ui.RatingPalette;

/** The province view's table, totals and charts, from the communes' figures. */
class ProvincePanels {
    private final List<CommuneFigures> communes;
    private final PeriodSelection selection;
    private final Locale locale;
    private final Texts texts;

    ProvincePanels(List<CommuneFigures> communes, PeriodSelection selection, Locale locale) {
        this.communes = communes;
        this.selection = selection;
        this.locale = locale;
        this.texts = new Texts(locale);
    }

    private String t(String key, Object... params) {
        return texts.t(key, params);
    }

    /** Whether the year shown had the 20% quota on outstanding members (21-HD/BTCTW, 2019–2022). */
    private boolean quotaInForce() {
        return vn.dangbo.dashboard.ratings.RuleSet.forYear(selection.year()).quotaConfirmed();
    }

    private String year() {
        return String.valueOf(selection.year());
    }

    /** The province's sums, written out: communes, members, admissions of the target, quota breaches. */
    Component totals() {
        long members = communes.stream().mapToLong(CommuneFigures::members).sum();
        long admitted = communes.stream().mapToLong(CommuneFigures::admitted).sum();
        long target = communes.stream().mapToLong(CommuneFigures::admissionTarget).sum();
        long breaches = communes.stream().filter(CommuneFigures::quotaBreached).count();
        // The 20% quota is said only for the years it was in force; in another year it is absent, not zero.
        Paragraph totals = new Paragraph(t(quotaInForce() ? "province.totals" : "province.totals.no-quota",
                texts.n(communes.size()), texts.n(members), texts.n(admitted), texts.n(target),
                selection.term().label().replace('-', '–'), texts.n(breaches), year()));
        totals.setId("province-totals");
        return totals;
    }

    Grid<CommuneFigures> table() {
        Grid<CommuneFigures> grid = new Grid<>();
        grid.setId("communes-grid");
        grid.addComponentColumn(this::communeLink).setKey("name").setHeader(t("province.column.name"))
                .setSortable(true).setComparator(Comparator.comparing(c -> c.commune().name())).setFlexGrow(2);
        grid.addColumn(CommuneFigures::members).setKey("members").setHeader(t("province.column.members"))
                .setSortable(true).setTextAlign(ColumnTextAlign.END);
        share(grid, "outstanding", t("province.column.outstanding", year()),
                c -> c.memberRatings().shareOfRated(c.memberRatings().count(RatingLevel.OUTSTANDING)), c -> c.memberRatings().rated() > 0);
        share(grid, "good-or-above", t("province.column.good-or-above", year()), CommuneFigures::goodOrAboveOfRated,
                c -> c.memberRatings().rated() > 0);
        share(grid, "good-or-above-headcount", t("province.column.good-or-above-headcount", year()),
                c -> c.memberRatings().shareOfHeadcount(c.memberRatings().goodOrAbove()), c -> c.memberRatings().headcount() > 0);
        grid.addColumn(c -> c.memberRatings().count(RatingLevel.FAILED)).setKey("failed")
                .setHeader(t("province.column.failed", year())).setSortable(true).setTextAlign(ColumnTextAlign.END);
        if (quotaInForce()) {
            grid.addColumn(c -> c.quotaBreached() ? t("province.quota.breached") : "").setKey("quota")
                    .setHeader(t("province.column.quota")).setSortable(true)
                    .setPartNameGenerator(c -> c.quotaBreached() ? "below-standard" : null);
        }
        grid.addColumn(c -> c.cellRatings().goodOrAbove() + "/" + c.cellRatings().headcount()).setKey("cells")
                .setHeader(t("province.column.cells", year())).setSortable(true)
                .setComparator(Comparator.comparingDouble(c -> c.cellRatings().headcount() == 0 ? 0
                        : c.cellRatings().shareOfHeadcount(c.cellRatings().goodOrAbove())))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(c -> c.admissionTarget() == 0 ? texts.n(c.admitted())
                        : t("province.admitted-of-target", texts.n(c.admitted()), texts.n(c.admissionTarget()),
                        Formats.wholePercent(c.admissionShare(), locale)))
                .setKey("admissions").setHeader(t("province.column.admissions", selection.term().label()))
                .setSortable(true).setComparator(Comparator.comparingDouble(CommuneFigures::admissionShare))
                .setTextAlign(ColumnTextAlign.END);
        share(grid, "attendance", t("province.column.attendance", year()), CommuneFigures::attendance,
                c -> c.meetingRequired() > 0);
        grid.setItems(communes);
        grid.setAllRowsVisible(communes.size() <= 20);
        if (communes.size() > 20) {
            grid.setHeight("60vh");
        }
        grid.setWidthFull();
        return Grids.scrollSideways(grid);
    }

    private void share(Grid<CommuneFigures> grid, String key, String header, ToDoubleFunction<CommuneFigures> share,
                       java.util.function.Predicate<CommuneFigures> known) {
        grid.addColumn(c -> known.test(c) ? Formats.percentAligned(share.applyAsDouble(c), locale) : "—")
                .setKey(key).setHeader(header).setSortable(true).setComparator(Comparator.comparingDouble(share))
                .setTextAlign(ColumnTextAlign.END);
    }

    /** The commune's name, opening its own dashboards (a page of its own: its committee is fixed when it opens). */
    private Component communeLink(CommuneFigures c) {
        Anchor link = new Anchor(CommitteeAddress.of(c.commune().code(), ""), c.commune().name());
        link.setRouterIgnore(true);
        link.setId("commune-" + c.commune().code());
        if (c.formerCommunes() == 0) {
            return link;
        }
        Span merged = new Span(t("province.merged", texts.n(c.formerCommunes())));
        merged.addClassName("merged-note");
        return new Span(link, new Text(" "), merged);
    }

    /**
     * Each commune's members by rating level in the year, as shares of those rated: a bar per commune; for a province
     * of more than {@value #CHARTED} communes, the {@value #CHARTED} with the lowest share rated HTT or above (the table
     * holds every one).
     */
    Component ratingsChart() {
        List<CommuneFigures> all = communes.stream().filter(c -> c.memberRatings().rated() > 0).toList();
        List<CommuneFigures> rated = lowest(all, CommuneFigures::goodOrAboveOfRated);
        Charts chart = Charts.bar().stacked100().categories(rated.stream().map(c -> c.commune().name()).toList())
                .colors(RatingPalette.all()).withoutDataLabels().height(Math.max(240, 28 * rated.size() + 80) + "px");
        for (RatingLevel level : RatingLevel.values()) {
            chart.series(t("rating.short." + level), rated.stream().map(c -> c.memberRatings().count(level)).toList());
        }
        ApexChart apex = new ApexChart(chart.build());
        apex.setId("chart-communes-ratings");
        apex.setUnit(t("unit.members")).setFileName("xep-loai-cac-xa-" + year());
        return new Card("card-communes-ratings", t("province.chart.ratings", year()) + shownOf(rated, all), apex);
    }

    /** Communes beyond this many are charted by the lowest only: a chart the height of its page, not of the province. */
    static final int CHARTED = 25;

    static List<CommuneFigures> lowest(List<CommuneFigures> all, ToDoubleFunction<CommuneFigures> share) {
        return all.size() <= CHARTED ? all
                : all.stream().sorted(Comparator.comparingDouble(share)).limit(CHARTED).toList();
    }

    private String shownOf(List<CommuneFigures> shown, List<CommuneFigures> all) {
        return shown.size() == all.size() ? "" : " " + t("province.chart.lowest", texts.n(shown.size()), texts.n(all.size()));
    }

    /**
     * Each commune's admissions in the term beside its target; beyond {@value #CHARTED} communes, those furthest
     * behind their target.
     */
    Component recruitmentChart() {
        List<CommuneFigures> shown = lowest(communes, CommuneFigures::admissionShare);
        Charts chart = Charts.bar().categories(shown.stream().map(c -> c.commune().name()).toList())
                .withoutDataLabels().height(Math.max(240, 34 * shown.size() + 80) + "px")
                .series(t("province.series.admitted"), shown.stream().map(CommuneFigures::admitted).toList())
                .series(t("province.series.target"), shown.stream().map(CommuneFigures::admissionTarget).toList());
        ApexChart apex = new ApexChart(chart.build());
        apex.setId("chart-communes-recruitment");
        apex.setUnit(t("unit.members")).setFileName("ket-nap-cac-xa-" + selection.term().label());
        return new Card("card-communes-recruitment", t("province.chart.recruitment", selection.term().label())
                + shownOf(shown, communes), apex);
    }

    /** The table as a spreadsheet: counts as numbers, shares as shares. */
    Table export() {
        List<List<Object>> rows = new ArrayList<>();
        for (CommuneFigures c : communes) {
            rows.add(List.of(c.commune().code(), c.commune().name(), c.members(),
                    c.memberRatings().count(RatingLevel.OUTSTANDING), c.memberRatings().count(RatingLevel.GOOD),
                    c.memberRatings().count(RatingLevel.SATISFACTORY), c.memberRatings().count(RatingLevel.FAILED),
                    c.memberRatings().notRatedTotal(), c.quotaBreached() ? t("province.quota.breached") : "",
                    c.cellRatings().goodOrAbove(), c.cellRatings().headcount(), c.admitted(), c.admissionTarget(),
                    new Table.Share(c.attendance())));
        }
        return new Table(t("province.table") + " " + year(), List.of(t("province.column.code"), t("province.column.name"),
                t("province.column.members"), t("rating.short.OUTSTANDING"), t("rating.short.GOOD"),
                t("rating.short.SATISFACTORY"), t("rating.short.FAILED"), t("province.column.not-rated"),
                t("province.column.quota"), t("province.column.cells-good"), t("province.column.cells-rated"),
                t("province.series.admitted"), t("province.series.target"), t("province.column.attendance", year())), rows);
    }
}
