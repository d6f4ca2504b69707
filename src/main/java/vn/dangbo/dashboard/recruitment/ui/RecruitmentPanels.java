package vn.dangbo.dashboard.recruitment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.i18n.Formats;
import vn.dangbo.dashboard.base.i18n.Texts;
import vn.dangbo.dashboard.base.table.Table;
import vn.dangbo.dashboard.base.ui.Card;
import vn.dangbo.dashboard.base.ui.Change;
import vn.dangbo.dashboard.base.ui.DownloadLinks;
import vn.dangbo.dashboard.base.ui.Links;
import vn.dangbo.dashboard.base.ui.Paragraphs;
import vn.dangbo.dashboard.base.ui.Tile;
import vn.dangbo.dashboard.chart.ApexChart;
import vn.dangbo.dashboard.chart.Charts;
import vn.dangbo.dashboard.organisation.ResidentialWord;
import vn.dangbo.dashboard.organisation.ui.CellLens;
import vn.dangbo.dashboard.organisation.ui.MergerMark;
import vn.dangbo.dashboard.organisation.ui.PeriodSelection;
import vn.dangbo.dashboard.recruitment.CellAdmissions;
import vn.dangbo.dashboard.recruitment.DirectWorkerAdmissions;
import vn.dangbo.dashboard.recruitment.ProbationEnd;
import vn.dangbo.dashboard.recruitment.RecruitmentProgress;
import vn.dangbo.dashboard.recruitment.RecruitmentService;
import vn.dangbo.dashboard.recruitment.StageCount;
import vn.dangbo.dashboard.recruitment.YearlyAdmissions;

/** The recruitment view's tiles and cards. */
class RecruitmentPanels {
    /** The most cells the admissions chart shows: the most admitting; the rest are in its download. */
    static final int BY_CELL_BARS = 30;
    /** The cells without admissions named by the chart; beyond, only counted. */
    static final int NAMED_WITHOUT_ADMISSIONS = 50;
    /** The members whose probation ends soon listed by name, at most. */
    static final int PROBATION_LINES = 20;
    static final int PROBATION_WINDOW_DAYS = 90;
    private final RecruitmentService recruitment;
    private final PeriodSelection selection;
    private final Locale locale;
    private final Texts texts;
    private final List<YearlyAdmissions> years;
    private final List<CellAdmissions> cells;
    private final @Nullable String cellCode;
    private final ResidentialWord residential;
    /** The day the committee was formed by merging former communes, if it was: its years break there. */
    private final Optional<LocalDate> mergedOn;

    /** @param cellCode the cell the view looks at, or null for the whole committee */
    RecruitmentPanels(RecruitmentService recruitment, PeriodSelection selection, @Nullable String cellCode, ResidentialWord residential,
                      Optional<LocalDate> mergedOn, Locale locale) {
        this.mergedOn = mergedOn;
        this.residential = residential;
        this.recruitment = recruitment;
        this.selection = selection;
        this.cellCode = cellCode;
        this.locale = locale;
        this.texts = new Texts(locale);
        this.years = recruitment.admissionsByYear(selection.term(), cellCode);
        this.cells = cellCode == null ? recruitment.admissionsByCell(selection.term()) : List.of();
    }

    Component tiles() {
        RecruitmentProgress progress = recruitment.termProgress(selection.term(), cellCode);
        DirectWorkerAdmissions direct = recruitment.directWorkersFromHamlets(selection.term(), cellCode);
        if (cellCode != null) {
            Div tiles = new Div(
                    withYearChange(new Tile("tile-progress", t("recruitment.progress"), n(progress.admitted()),
                            t("recruitment.progress.cell"))),
                    new Tile("tile-direct", t("recruitment.direct-workers"), n(direct.admitted()),
                            t("recruitment.direct-workers.cell")));
            tiles.addClassName("tiles");
            return tiles;
        }
        long without = cells.stream().filter(c -> c.admitted() == 0).count();
        Div tiles = new Div(
                withYearChange(new Tile("tile-progress", t("recruitment.progress"),
                        progress.hasTarget() ? n(progress.admitted()) + "/" + n(progress.target()) : n(progress.admitted()),
                        progress.hasTarget() ? t("recruitment.progress.detail", Formats.percent(progress.ratio(), locale))
                                : t("overview.admissions.no-target"))),
                new Tile("tile-direct", t("recruitment.direct-workers"), n(direct.admitted()),
                        t("recruitment.direct-workers.detail", n(direct.hamletCellsAdmitting()), n(direct.hamletCells()),
                                t(residential.key()))),
                new Tile("tile-cells-without", t("recruitment.cells-without"), n(without),
                        t("recruitment.cells-without.detail", n(cells.size()))));
        tiles.addClassName("tiles");
        return tiles;
    }

    /**
     * The term's last year with admissions against the year before it: how many were admitted, the change linking to
     * those admitted that year (who is new).
     */
    private Tile withYearChange(Tile tile) {
        List<YearlyAdmissions> admitted = years.stream().filter(y -> y.admitted() > 0).toList();
        if (admitted.isEmpty()) {
            return tile;
        }
        YearlyAdmissions last = admitted.getLast();
        long before = years.stream().filter(y -> y.year() == last.year() - 1).mapToLong(YearlyAdmissions::admitted).sum();
        return tile.withChange(t("recruitment.change.year", String.valueOf(last.year()), n(last.admitted()),
                String.valueOf(last.year() - 1)), Change.of(last.admitted(), before, Change.Better.UP,
                t("table.change.previous", String.valueOf(last.year() - 1), n(before)),
                RecruitmentLinks.admitted(selection.term(), last.year(), cellCode), locale));
    }

    Component byYear() {
        ApexChart chart = AdmissionCharts.byYear("chart-by-year", years, cellCode == null, mergedOn, texts);
        chart.setFileName(file("ket-nap-theo-nam-" + selection.term().label()));
        chart.addDataPointClickListener(e -> Links.follow(
                RecruitmentLinks.admitted(selection.term(), years.get(e.getDataPointIndex()).year(), cellCode)));
        return new Card("card-by-year", t("recruitment.by-year"), chart);
    }

    Component cumulative() {
        List<Long> running = new ArrayList<>();
        long total = 0;
        for (YearlyAdmissions year : years) {
            total += year.admitted();
            running.add(total);
        }
        Charts line = Charts.line()
                .categories(years.stream().map(y -> String.valueOf(y.year())).toList())
                .series(t("recruitment.cumulative.series"), running);
        if (cellCode == null) {
            long target = recruitment.termProgress(selection.term()).target();
            line.series(t("recruitment.cumulative.target"), years.stream().map(y -> target).toList());
        }
        ApexChart chart = new ApexChart(MergerMark.on(line, mergedOn, texts).colors(List.of("#b3261e", "#1b6e3a"))
                .height("280px").build());
        chart.setValueFormat(0, "");
        chart.setId("chart-cumulative");
        chart.setUnit(t("unit.members")).setFileName(file("ket-nap-luy-ke-" + selection.term().label()));
        return new Card("card-cumulative", t("recruitment.cumulative"), chart);
    }

    /** Cells that admitted anyone, the most first; a bar opens the cell. The others are named below. */
    Component byCell() {
        List<CellAdmissions> admittingAll = cells.stream().filter(c -> c.admitted() > 0).toList();
        List<CellAdmissions> admitting = admittingAll.stream().limit(BY_CELL_BARS).toList();
        ApexChart chart = new ApexChart(Charts.bar()
                .categories(admitting.stream().map(CellAdmissions::cellName).toList())
                .series(t("overview.admissions-by-year.admitted"), admitting.stream().map(CellAdmissions::admitted).toList())
                .colors(List.of("#b3261e")).withoutLegend().height(Math.max(240, 24 * admitting.size() + 60) + "px").build());
        chart.setValueFormat(0, "");
        chart.setId("chart-by-cell");
        chart.setUnit(t("unit.members")).setFileName("ket-nap-theo-chi-bo-" + selection.term().label());
        chart.addDataPointClickListener(e -> Links.follow("cells/" + admitting.get(e.getDataPointIndex()).cellCode()
                + "?" + selection.query(false).getQueryString()));
        chart.addLabelClickListener(e -> e.among(admitting, CellAdmissions::cellName).ifPresent(cell ->
                Links.follow("cells/" + cell.cellCode() + "?" + selection.query(false).getQueryString())));
        List<CellAdmissions> none = cells.stream().filter(c -> c.admitted() == 0).toList();
        Paragraph nobody = new Paragraph(none.isEmpty() ? t("recruitment.all-admitted")
                : t("recruitment.no-admissions", n(none.size())) + " ");
        // Named up to a page's worth (a province has thousands of cells); the download lists them all.
        List<CellAdmissions> named = none.stream().limit(NAMED_WITHOUT_ADMISSIONS).toList();
        for (int i = 0; i < named.size(); i++) {
            nobody.add(new Anchor("cells/" + named.get(i).cellCode() + "?" + selection.query(false).getQueryString(),
                    named.get(i).cellName()));
            nobody.add(i < named.size() - 1 ? ", " : named.size() < none.size()
                    ? " " + t("recruitment.no-admissions.more", n(none.size() - named.size())) : ".");
        }
        nobody.setId("cells-without-admissions");
        Card card = new Card("card-by-cell", t("recruitment.by-cell"), chart);
        if (admitting.size() < admittingAll.size()) {
            card.add(Paragraphs.of("by-cell-shown", t("recruitment.by-cell.shown", n(admitting.size()), n(admittingAll.size()))));
        }
        card.add(nobody, new DownloadLinks("download-recruitment", "ket-nap-" + selection.term().label(), this::export));
        return card;
    }

    Component pipeline() {
        List<StageCount> stages = recruitment.pipeline(cellCode);
        ApexChart chart = new ApexChart(Charts.bar()
                .categories(stages.stream().map(s -> t("stage." + s.stage())).toList())
                .series(t("recruitment.pipeline.people"), stages.stream().map(StageCount::count).toList())
                .colors(List.of("#2f6fbf")).withoutLegend().height("260px").build());
        chart.setValueFormat(0, "");
        chart.setId("chart-pipeline");
        chart.setUnit(t("unit.people")).setFileName(file("quy-trinh-ket-nap"));
        chart.addDataPointClickListener(e -> Links.follow(
                RecruitmentLinks.candidates(stages.get(e.getDataPointIndex()).stage(), cellCode)));
        return new Card("card-pipeline", t("recruitment.pipeline"), chart);
    }

    Component probation(LocalDate today) {
        List<ProbationEnd> ending = recruitment.probationEndingWithin(today, PROBATION_WINDOW_DAYS, cellCode);
        String title = t("recruitment.probation", n(PROBATION_WINDOW_DAYS));
        if (ending.isEmpty()) {
            Paragraph none = new Paragraph(t("recruitment.probation.none", Formats.date(today),
                    Formats.date(today.plusDays(PROBATION_WINDOW_DAYS))));
            none.setId("probation-none");
            return new Card("card-probation", title, none);
        }
        // The soonest first, a page's worth: a province has hundreds in a month; the rest are counted.
        UnorderedList list = new UnorderedList(ending.stream().limit(PROBATION_LINES).map(p -> {
            Paragraph line = Paragraphs.linking("probation-" + p.code(), t("recruitment.probation.entry", p.fullName(),
                    p.cellName(), Formats.date(p.probationEnds())), p.cellName(), "cells/" + p.cellCode());
            return new ListItem(line);
        }).toArray(ListItem[]::new));
        list.setId("probation-list");
        Card card = new Card("card-probation", title, list);
        if (ending.size() > PROBATION_LINES) {
            card.add(Paragraphs.of("probation-more", t("recruitment.probation.more", n(ending.size() - PROBATION_LINES))));
        }
        return card;
    }

    /** Admissions per year against the target, and per cell, as a workbook. */
    private List<Table> export() {
        Table byYear = new Table(t("recruitment.by-year"), List.of(t("export.year"),
                t("overview.admissions-by-year.admitted"), t("overview.admissions-by-year.target")),
                years.stream().map(y -> List.<Object>of(y.year(), y.admitted(), y.target())).toList());
        Table byCell = new Table(t("recruitment.by-cell"), List.of(t("cells.column.code"), t("cells.column.name"),
                t("overview.admissions-by-year.admitted"), t("recruitment.direct-workers")),
                cells.stream().map(c -> List.<Object>of(c.cellCode(), c.cellName(), c.admitted(), c.directWorkers())).toList());
        return List.of(byYear, byCell);
    }

    /** A download's name, with the lens's cell when there is one. */
    private String file(String name) {
        return CellLens.fileName(name, cellCode);
    }

    private String n(long value) {
        return texts.n(value);
    }

    private String t(String key, Object... params) {
        return texts.t(key, params);
    }
}
