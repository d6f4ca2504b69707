package vn.dangbo.dashboard.cells.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.i18n.Formats;
import vn.dangbo.dashboard.base.i18n.Texts;
import vn.dangbo.dashboard.base.table.Table;
import vn.dangbo.dashboard.base.ui.Card;
import vn.dangbo.dashboard.base.ui.Grids;
import vn.dangbo.dashboard.base.ui.Links;
import vn.dangbo.dashboard.base.ui.Paragraphs;
import vn.dangbo.dashboard.chart.ApexChart;
import vn.dangbo.dashboard.chart.ChartOptions.HeatPoint;
import vn.dangbo.dashboard.chart.Charts;
import vn.dangbo.dashboard.meetings.CellMeetingSummary;
import vn.dangbo.dashboard.meetings.MonthlyAttendance;
import vn.dangbo.dashboard.organisation.CellKind;
import vn.dangbo.dashboard.organisation.CellSummary;
import vn.dangbo.dashboard.organisation.ResidentialWord;
import vn.dangbo.dashboard.organisation.ui.PeriodSelection;
import vn.dangbo.dashboard.ratings.CellYearRating;
import vn.dangbo.dashboard.ratings.RatingLevel;
import vn.dangbo.dashboard.ratings.ui.RatingPalette;
import vn.dangbo.dashboard.recruitment.CellAdmissions;

/** The cells view's table and charts, each from one aggregate query, whatever the number of cells. */
class CellsPanels {
    /** The most cells the heatmap shows, a meeting's worth. */
    static final int HEATMAP_ROWS = 30;
    private final CellsData data;
    private final PeriodSelection selection;
    private final Locale locale;
    private final Texts texts;
    private final List<CellSummary> cells;
    private final List<CellYearRating> ratings;
    private final ResidentialWord residential;

    CellsPanels(CellsData data, PeriodSelection selection, Locale locale) {
        this.data = data;
        this.selection = selection;
        this.locale = locale;
        this.texts = new Texts(locale);
        this.cells = data.organisation().cells();
        this.residential = data.organisation().residentialWord();
        this.ratings = data.ratings().cellRatings(selection.term());
    }

    /** A kind of cell as the commune says it: a hamlet cell by the committee's own word (Xóm, Thôn, Ấp…). */
    private String kind(@Nullable CellKind kind) {
        return kind == CellKind.HAMLET ? t(residential.key() + ".kind") : t("kind." + kind);
    }

    String standard() {
        return Formats.wholePercent(data.meetings().attendanceStandard(), locale);
    }

    /** The cells' table; with a level, only the cells rated at it in the year. */
    Grid<CellRow> table(@Nullable RatingLevel level) {
        double standard = data.meetings().attendanceStandard();
        Grid<CellRow> grid = new Grid<>();
        grid.setId("cells-grid");
        grid.addColumn(CellRow::name).setKey("name").setHeader(t("cells.column.name")).setSortable(true).setComparator(CellRow::code)
                .setFlexGrow(2);
        grid.addColumn(row -> kind(row.kind())).setKey("kind").setHeader(t("cells.column.kind")).setSortable(true);
        grid.addColumn(CellRow::members).setKey("members").setHeader(t("cells.column.members")).setSortable(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(row -> row.rating() == null ? t("cells.not-rated") : t("rating.short." + row.rating()))
                .setKey("rating").setHeader(t("cells.column.rating", String.valueOf(selection.year()))).setSortable(true)
                .setComparator(Comparator.comparing(CellRow::rating, Comparator.nullsLast(Comparator.naturalOrder())))
                .setPartNameGenerator(row -> row.rating() == null ? "rating-none" : "rating-" + row.rating().name().toLowerCase());
        grid.addComponentColumn(this::ratingChange).setKey("rating-change")
                .setHeader(t("cells.column.rating-change", String.valueOf(selection.year() - 1)))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(row -> row.regularMeetings() == 0 ? "—" : Formats.percentAligned(row.attendance(), locale))
                .setKey("attendance").setHeader(t("cells.column.attendance", String.valueOf(selection.year()))).setSortable(true)
                .setComparator(Comparator.comparingDouble(CellRow::attendance)).setTextAlign(ColumnTextAlign.END)
                .setPartNameGenerator(row -> row.regularMeetings() == 0 || row.attendance() > standard ? null : "below-standard");
        grid.addColumn(CellRow::regularMeetings).setKey("regular").setHeader(t("cells.column.regular")).setSortable(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(CellRow::thematicMeetings).setKey("thematic").setHeader(t("cells.column.thematic")).setSortable(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(CellRow::admissions).setKey("admissions").setHeader(t("cells.column.admissions")).setSortable(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(rows().stream().filter(row -> level == null || row.rating() == level).toList());
        // Half a screen, scrolled and drawn lazily: a merged commune's 90 cells leave the charts below in sight.
        grid.setHeight("40vh");
        Grids.scrollSideways(grid);
        grid.addClassName("clickable");
        grid.addItemClickListener(e -> Links.follow(CellLinks.cell(e.getItem().code(), selection)));
        return grid;
    }

    /**
     * A cell's level against the year before, in levels: up (better) in green, down in red; the previous level in the
     * tooltip; a dash when either year has none.
     */
    private com.vaadin.flow.component.Component ratingChange(CellRow row) {
        if (row.rating() == null || row.previousRating() == null) {
            return new com.vaadin.flow.component.html.Span("—");
        }
        return vn.dangbo.dashboard.base.ui.Change.of(-row.rating().ordinal(), -row.previousRating().ordinal(),
                vn.dangbo.dashboard.base.ui.Change.Better.UP, t("table.change.previous", String.valueOf(selection.year() - 1),
                        t("rating.short." + row.previousRating())), null, locale);
    }

    List<CellRow> rows() {
        Map<String, Long> members = data.members().currentHeadcountByCell();
        Map<String, CellMeetingSummary> meetings = data.meetings().summaryByCell(selection.year()).stream()
                .collect(Collectors.toMap(CellMeetingSummary::cellCode, Function.identity()));
        Map<String, Long> admissions = data.recruitment().admissionsByCell(selection.term()).stream()
                .collect(Collectors.toMap(CellAdmissions::cellCode, CellAdmissions::admitted));
        Map<String, RatingLevel> rated = new HashMap<>();
        ratings.stream().filter(r -> r.year() == selection.year() && r.level() != null)
                .forEach(r -> rated.put(r.cellCode(), r.level()));
        Map<String, RatingLevel> ratedBefore = new HashMap<>();
        ratings.stream().filter(r -> r.year() == selection.year() - 1 && r.level() != null)
                .forEach(r -> ratedBefore.put(r.cellCode(), r.level()));
        CellMeetingSummary none = new CellMeetingSummary("", 0, 0, 0, 0);
        return cells.stream().map(c -> {
            CellMeetingSummary m = meetings.getOrDefault(c.code(), none);
            return new CellRow(c.code(), c.name(), c.kind(), members.getOrDefault(c.code(), 0L), rated.get(c.code()),
                    ratedBefore.get(c.code()), m.attendance(), m.regularHeld(), m.thematicHeld(), admissions.getOrDefault(c.code(), 0L));
        }).toList();
    }

    /** The table's rows as a spreadsheet, with the same columns. */
    Table export() {
        String year = String.valueOf(selection.year());
        List<List<Object>> rows = rows().stream().map(r -> List.<Object>of(r.code(), r.name(), kind(r.kind()),
                r.members(), r.rating() == null ? t("cells.not-rated") : t("rating.short." + r.rating()),
                new Table.Share(r.attendance()), r.regularMeetings(), r.thematicMeetings(), r.admissions())).toList();
        return new Table(t("cells.grid") + " " + year, List.of(t("cells.column.code"), t("cells.column.name"), t("cells.column.kind"),
                t("cells.column.members"), t("cells.column.rating", year), t("cells.column.attendance", year),
                t("cells.column.regular"), t("cells.column.thematic"), t("cells.column.admissions")), rows);
    }

    /**
     * Cells down, years across; the first cell on top. A square opens that cell in that year. A merged commune has
     * too many cells for one chart to be read in a meeting (or drawn quickly): past {@link #HEATMAP_ROWS} it shows the
     * cells a meeting discusses, those rated below HTT or not rated in the year, worst first, then the others; the
     * note says how many and where the rest are (the table above, its download).
     */
    Component heatmap() {
        List<Integer> years = selection.years();
        Map<String, Map<Integer, RatingLevel>> byCell = new HashMap<>();
        ratings.forEach(r -> byCell.computeIfAbsent(r.cellCode(), k -> new HashMap<>()).put(r.year(), r.level()));
        List<CellSummary> shown = cells.size() <= HEATMAP_ROWS ? cells : cells.stream()
                .sorted(Comparator.comparingInt((CellSummary c) -> -concern(byCell.getOrDefault(c.code(), Map.of()).get(selection.year())))
                        .thenComparing(CellSummary::code))
                .limit(HEATMAP_ROWS).collect(Collectors.collectingAndThen(Collectors.toSet(),
                        chosen -> cells.stream().filter(chosen::contains).toList()));
        List<CellSummary> rows = new ArrayList<>(shown);
        Collections.reverse(rows);
        Charts chart = Charts.heatmap().withoutLegend().height(Math.max(320, 26 * rows.size() + 80) + "px")
                .colorRange(0, 0, RatingPalette.NONE, t("cells.not-rated"));
        RatingLevel[] levels = RatingLevel.values();
        for (int i = levels.length - 1; i >= 0; i--) {
            int value = levels.length - i;
            chart.colorRange(value, value, RatingPalette.color(levels[i]), t("rating.short." + levels[i]));
        }
        for (CellSummary cell : rows) {
            Map<Integer, RatingLevel> cellYears = byCell.getOrDefault(cell.code(), Map.of());
            chart.heatmapRow(cell.name(), years.stream()
                    .map(y -> new HeatPoint(String.valueOf(y), heatValue(cellYears.get(y)))).toList());
        }
        ApexChart apex = new ApexChart(chart.withoutDataLabels().build());
        apex.setId("chart-heatmap");
        apex.setFileName("xep-loai-chi-bo-" + selection.term().label());
        apex.setValueFormat(0, "");
        apex.addDataPointClickListener(e -> Links.follow(CellLinks.cell(rows.get(e.getSeriesIndex()).code(),
                selection.withYear(Integer.parseInt(e.getCategory())))));
        // The rows' names are listed from the top, the first row shown first.
        apex.addLabelClickListener(e -> e.among(shown, CellSummary::name)
                .ifPresent(cell -> Links.follow(CellLinks.cell(cell.code(), selection))));
        Card card = new Card("card-heatmap", t("cells.heatmap"), apex);
        if (shown.size() < cells.size()) {
            card.add(Paragraphs.of("heatmap-shown", t("cells.heatmap.shown", texts.n(shown.size()), texts.n(cells.size()),
                    String.valueOf(selection.year()))));
        }
        return card;
    }

    /** How much a cell's rating in a year asks for the meeting's attention: not rated or failed most, outstanding least. */
    private static int concern(@Nullable RatingLevel level) {
        return level == null ? RatingLevel.values().length : level.ordinal();
    }

    Component attendance() {
        List<MonthlyAttendance> months = data.meetings().attendanceByMonth(selection.year(), null);
        double standard = data.meetings().attendanceStandard() * 100;
        ApexChart apex = new ApexChart(Charts.line()
                .categories(months.stream().map(m -> t("chart.months.short").split(",")[m.month() - 1]).toList())
                .series(t("cells.attendance.series"), months.stream().map(m -> round1(m.rate() * 100)).toList())
                .series(t("cells.attendance.standard", standard()), months.stream().map(m -> standard).toList())
                .colors(List.of("#2f6fbf", "#b3261e")).yRange(50, 100).withoutDataLabels().height("300px").build());
        apex.setValueFormat(1, "%");
        apex.setId("chart-attendance");
        apex.setFileName("du-sinh-hoat-" + selection.year());
        return new Card("card-attendance", t("cells.attendance", String.valueOf(selection.year())), apex);
    }

    /** Outstanding 4, good 3, satisfactory 2, failed 1; 0 when not rated. */
    static int heatValue(@Nullable RatingLevel level) {
        return level == null ? 0 : RatingLevel.values().length - level.ordinal();
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private String t(String key, Object... params) {
        return texts.t(key, params);
    }
}
