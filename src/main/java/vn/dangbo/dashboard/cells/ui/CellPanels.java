package vn.dangbo.dashboard.cells.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.i18n.Formats;
import vn.dangbo.dashboard.base.i18n.Texts;
import vn.dangbo.dashboard.base.table.Table;
import vn.dangbo.dashboard.base.ui.Card;
import vn.dangbo.dashboard.base.ui.DownloadLinks;
import vn.dangbo.dashboard.base.ui.Grids;
import vn.dangbo.dashboard.base.ui.Links;
import vn.dangbo.dashboard.base.ui.MemberRecords;
import vn.dangbo.dashboard.chart.ApexChart;
import vn.dangbo.dashboard.chart.Charts;
import vn.dangbo.dashboard.meetings.MeetingKind;
import vn.dangbo.dashboard.meetings.MeetingRecord;
import vn.dangbo.dashboard.members.CellMember;
import vn.dangbo.dashboard.organisation.CellSummary;
import vn.dangbo.dashboard.organisation.ui.MergerMark;
import vn.dangbo.dashboard.organisation.ui.PeriodSelection;
import vn.dangbo.dashboard.ratings.MemberYearRating;
import vn.dangbo.dashboard.ratings.RatingDistribution;
import vn.dangbo.dashboard.ratings.RatingLevel;
import vn.dangbo.dashboard.ratings.ui.RatingLinks;
import vn.dangbo.dashboard.ratings.ui.RatingPalette;
import vn.dangbo.dashboard.ratings.ui.RatingTable;
import vn.dangbo.dashboard.recruitment.AdmittedMember;

/** The cards of one cell's page. */
class CellPanels {
    private final CellsData data;
    private final CellSummary cell;
    private final PeriodSelection selection;
    private final Locale locale;
    private final Texts texts;
    private final List<RatingDistribution> trend;

    CellPanels(CellsData data, CellSummary cell, PeriodSelection selection, Locale locale) {
        this.data = data;
        this.cell = cell;
        this.selection = selection;
        this.locale = locale;
        this.texts = new Texts(locale);
        this.trend = data.ratings().memberTrendInCell(selection.term(), cell.code());
    }

    Component membersRating() {
        String title = t("cell.members-rating", String.valueOf(selection.year()));
        Optional<RatingDistribution> year = trend.stream().filter(d -> d.year() == selection.year()).findFirst();
        if (year.isEmpty()) {
            return new Card("card-cell-rating", title, new Paragraph(t("ratings.no-data", String.valueOf(selection.year()))));
        }
        RatingDistribution ratings = year.get();
        ApexChart donut = new ApexChart(Charts.donut().values(
                Arrays.stream(RatingLevel.values()).map(l -> t("rating.short." + l)).toList(),
                Arrays.stream(RatingLevel.values()).map(ratings::count).toList())
                .colors(RatingPalette.all()).height("260px").build());
        donut.setId("chart-cell-rating");
        donut.setUnit(t("unit.members")).setFileName("xep-loai-dang-vien-" + cell.code().toLowerCase(java.util.Locale.ROOT) + "-" + selection.year());
        donut.addDataPointClickListener(e -> Links.follow(
                RatingLinks.members(selection, RatingLevel.values()[e.getDataPointIndex()], cell.code())));
        Paragraph own = new Paragraph(t("cell.own-rating", ownRating(selection.year())));
        own.setId("cell-own-rating");
        return new Card("card-cell-rating", title, own, donut,
                new RatingTable("cell-rating-table", ratings,
                        trend.stream().filter(d -> d.year() == selection.year() - 1).findFirst().orElse(null), locale,
                        level -> RatingLinks.members(selection, level, cell.code()),
                        level -> RatingLinks.newAtLevel(selection, level, cell.code())));
    }

    Component history() {
        Charts chart = Charts.column().stacked100()
                .categories(trend.stream().map(d -> String.valueOf(d.year())).toList())
                .colors(RatingPalette.all()).height("280px");
        for (RatingLevel level : RatingLevel.values()) {
            chart.series(t("rating.short." + level), trend.stream().map(d -> d.count(level)).toList());
        }
        ApexChart apex = new ApexChart(MergerMark.on(chart, data.organisation().mergedOn(), texts).build());
        apex.setId("chart-cell-history");
        apex.setUnit(t("unit.members")).setFileName("xep-loai-qua-cac-nam-" + cell.code().toLowerCase(java.util.Locale.ROOT) + "-" + selection.term().label());
        apex.addDataPointClickListener(e -> Links.follow(RatingLinks.members(
                selection.withYear(trend.get(e.getDataPointIndex()).year()), RatingLevel.values()[e.getSeriesIndex()],
                cell.code())));
        return new Card("card-cell-history", t("cell.history"), apex);
    }

    Component meetings() {
        List<MeetingRecord> meetings = data.meetings().meetingsOf(cell.code(), selection.year());
        List<MeetingRecord> regular = meetings.stream().filter(m -> m.kind() == MeetingKind.REGULAR).toList();
        long present = regular.stream().mapToLong(MeetingRecord::present).sum();
        long required = regular.stream().mapToLong(MeetingRecord::required).sum();
        Paragraph summary = new Paragraph(t("cell.meetings.summary", Formats.number(regular.size(), locale),
                Formats.number(meetings.size() - regular.size(), locale),
                Formats.percent(required == 0 ? 0 : (double) present / required, locale)));
        summary.setId("cell-meetings-summary");
        double standard = data.meetings().attendanceStandard() * 100;
        ApexChart chart = new ApexChart(Charts.line()
                .categories(regular.stream().map(m -> Formats.date(m.date()).substring(0, 5)).toList())
                .series(t("cells.attendance.series"), regular.stream().map(m -> Math.round(m.attendance() * 1000) / 10.0).toList())
                .series(t("cells.attendance.standard", Formats.wholePercent(data.meetings().attendanceStandard(), locale)),
                        regular.stream().map(m -> standard).toList())
                .colors(List.of("#2f6fbf", "#b3261e")).yRange(50, 100).withoutDataLabels().height("260px").build());
        chart.setValueFormat(1, "%");
        chart.setId("chart-cell-meetings");
        chart.setFileName("du-sinh-hoat-" + cell.code().toLowerCase(java.util.Locale.ROOT) + "-" + selection.year());
        UnorderedList list = new UnorderedList(meetings.stream().map(m -> new ListItem(t("cell.meeting.entry",
                Formats.date(m.date()), t("cell.meeting." + m.kind()), Formats.number(m.present(), locale),
                Formats.number(m.required(), locale), Formats.percent(m.attendance(), locale),
                m.grade() == null ? t("grade.none") : t("grade." + m.grade())))).toArray(ListItem[]::new));
        list.setId("cell-meetings-list");
        list.addClassName("compact-list");
        // A list that scrolls is reachable by keyboard, and says what it is.
        list.getElement().setAttribute("tabindex", "0");
        list.getElement().setAttribute("aria-label", t("cell.meetings", String.valueOf(selection.year())));
        return new Card("card-cell-meetings", t("cell.meetings", String.valueOf(selection.year())), summary, chart, list);
    }

    Component admissions() {
        List<AdmittedMember> admitted = data.recruitment().admittedInCell(cell.code(), selection.term());
        String title = t("cell.admissions", String.valueOf(selection.term().startYear()),
                String.valueOf(selection.term().endYear()));
        if (admitted.isEmpty()) {
            return new Card("card-cell-admissions", title, new Paragraph(t("cell.admissions.none")));
        }
        UnorderedList list = new UnorderedList(admitted.stream().map(m -> new ListItem(t("cell.admissions.entry",
                Formats.date(m.admissionDate()), m.fullName(), m.directWorker() ? t("cell.admissions.direct") : "")))
                .toArray(ListItem[]::new));
        list.setId("cell-admissions-list");
        return new Card("card-cell-admissions", title, list);
    }

    /** The cell's current members with their rating in each year of the term; rows open records for their keepers. */
    /** The cell's members with their ratings in the term's years; {@code sorting} keeps the table's sort (the address). */
    Component members(boolean keepsRecords, java.util.function.Consumer<Grid<CellMember>> sorting) {
        List<CellMember> members = data.members().currentMembersOf(cell.code());
        Map<String, Map<Integer, MemberYearRating>> ratings = new HashMap<>();
        data.ratings().memberRatingsInCell(cell.code(), selection.term())
                .forEach(r -> ratings.computeIfAbsent(r.memberCode(), k -> new HashMap<>()).put(r.year(), r));
        Grid<CellMember> grid = new Grid<>();
        grid.setId("cell-members-grid");
        grid.addColumn(CellMember::fullName).setKey("name").setHeader(t("cell.column.name")).setSortable(true).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(m -> t("status." + m.status()) + (m.exempt() ? ", " + t("status.exempt") : "")).setKey("status")
                .setHeader(t("cell.column.status")).setSortable(true).setAutoWidth(true).setFlexGrow(0);
        for (int year : selection.years()) {
            grid.addColumn(m -> outcome(ratings.getOrDefault(m.code(), Map.of()).get(year)))
                    .setKey(String.valueOf(year)).setHeader(String.valueOf(year)).setSortable(true);
        }
        Grids.scrollSideways(grid);
        grid.setItems(members);
        sorting.accept(grid);
        grid.setAllRowsVisible(true);
        MemberRecords.open(grid, keepsRecords, m -> cell.code(), CellMember::code);
        Card card = new Card("card-cell-members", t("cell.members", Formats.number(members.size(), locale)), grid,
                new DownloadLinks("download-cell-members", "dang-vien-" + cell.code(), () -> {
                    List<String> headers = new java.util.ArrayList<>(List.of(t("cell.column.code"), t("cell.column.name"), t("cell.column.status")));
                    selection.years().forEach(y -> headers.add(String.valueOf(y)));
                    List<List<Object>> rows = members.stream().map(m -> {
                        List<Object> row = new java.util.ArrayList<>(List.of(m.code(), m.fullName(), t("status." + m.status())));
                        selection.years().forEach(y -> row.add(outcome(ratings.getOrDefault(m.code(), Map.of()).get(y))));
                        return row;
                    }).toList();
                    return List.of(new Table(cell.name(), headers, rows));
                }));
        card.setWidthFull();
        card.wide();
        return card;
    }

    private String outcome(@Nullable MemberYearRating rating) {
        if (rating == null) {
            return "";
        }
        return rating.level() != null ? t("rating.short." + rating.level()) : t("rating.not-rated." + rating.notRatedReason());
    }

    private String ownRating(int year) {
        return data.ratings().cellRatings(selection.term()).stream()
                .filter(r -> r.cellCode().equals(cell.code()) && r.year() == year && r.level() != null)
                .map(r -> t("rating.short." + r.level()) + " – " + t("rating.level." + r.level()))
                .findFirst().orElse(t("cells.not-rated"));
    }

    private String t(String key, Object... params) {
        return texts.t(key, params);
    }
}
