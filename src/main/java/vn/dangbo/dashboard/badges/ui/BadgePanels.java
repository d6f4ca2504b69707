package vn.dangbo.dashboard.badges.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vn.dangbo.dashboard.badges.AwardRound;
import vn.dangbo.dashboard.badges.AwardedBadge;
import vn.dangbo.dashboard.badges.BadgeRules;
import vn.dangbo.dashboard.badges.DueBadge;
import vn.dangbo.dashboard.base.i18n.Formats;
import vn.dangbo.dashboard.base.i18n.Texts;
import vn.dangbo.dashboard.base.table.Table;
import vn.dangbo.dashboard.base.ui.Card;
import vn.dangbo.dashboard.base.ui.DownloadLinks;
import vn.dangbo.dashboard.base.ui.Grids;
import vn.dangbo.dashboard.base.ui.MemberRecords;
import vn.dangbo.dashboard.base.ui.SortInAddress;
import vn.dangbo.dashboard.base.ui.Tile;
import vn.dangbo.dashboard.chart.ApexChart;
import vn.dangbo.dashboard.chart.Charts;

/** The badges page's parts for one year: its figures, the due list, the counts by badge and round, those presented. */
class BadgePanels {
    private final List<DueBadge> due;
    private final List<AwardedBadge> awarded;
    private final int year;
    private final boolean keepsRecords;
    private final Texts texts;

    BadgePanels(List<DueBadge> due, List<AwardedBadge> awarded, int year, boolean keepsRecords, Locale locale) {
        this.due = due;
        this.awarded = awarded;
        this.year = year;
        this.keepsRecords = keepsRecords;
        this.texts = new Texts(locale);
    }

    Div tiles() {
        long early = due.stream().filter(DueBadge::early).count();
        Div tiles = new Div(
                new Tile("tile-badges-due", t("badges.due"), n(due.size() - early), t("badges.due.detail", String.valueOf(year)))
                        .counting(due.size() - early),
                new Tile("tile-badges-early", t("badges.early"), n(early), t("badges.early.detail")).counting(early),
                new Tile("tile-badges-awarded", t("badges.awarded"), n(awarded.size()),
                        t("badges.awarded.detail", String.valueOf(year))).counting(awarded.size()));
        tiles.addClassName("tiles");
        return tiles;
    }

    /** Which of the due list a reader asked for ({@code ?show=due} or {@code ?show=early}; anything else: all). */
    enum Shown {
        ALL, DUE, EARLY;

        static Shown of(String text) {
            return java.util.Arrays.stream(values()).filter(v -> v.name().equalsIgnoreCase(text)).findFirst().orElse(ALL);
        }

        boolean keeps(DueBadge d) {
            return this == ALL || (this == EARLY) == d.early();
        }
    }

    /**
     * The due list, round by round, all of it or only the due or the possibly early; a row opens the member's record
     * for the office. Downloads (what is shown) as the list sent up.
     */
    Component dueList(Shown shown, Supplier<QueryParameters> query, Consumer<QueryParameters> changed) {
        List<DueBadge> due = this.due.stream().filter(shown::keeps).toList();
        if (due.isEmpty()) {
            Paragraph none = new Paragraph(t("badges.due.none", String.valueOf(year)));
            none.setId("badges-due-none");
            return new Card("card-badges-due", t("badges.due.list", String.valueOf(year)), none);
        }
        Grid<DueBadge> grid = new Grid<>();
        grid.setId("badges-due-grid");
        grid.addColumn(DueBadge::fullName).setKey("name").setHeader(t("badges.column.name")).setSortable(true);
        grid.addColumn(d -> round(d.round())).setKey("round").setHeader(t("badges.column.round"))
                .setComparator(DueBadge::round).setSortable(true).setWidth("8em");
        grid.addColumn(d -> badge(d.badgeYears())).setKey("badge").setHeader(t("badges.column.badge"))
                .setComparator(DueBadge::badgeYears).setSortable(true);
        grid.addComponentColumn(d -> new Anchor("cells/" + d.cellCode(), d.cellName())).setKey("cell")
                .setHeader(t("badges.column.cell")).setComparator(DueBadge::cellName).setSortable(true);
        grid.addColumn(d -> Formats.date(d.admitted())).setKey("admitted").setHeader(t("badges.column.admitted"))
                .setComparator(DueBadge::admitted).setSortable(true).setWidth("10em");
        grid.addColumn(DueBadge::birthYear).setKey("born").setHeader(t("badges.column.born")).setSortable(true)
                .setTextAlign(ColumnTextAlign.END).setWidth("8em");
        grid.addColumn(this::note).setKey("note").setHeader(t("badges.column.note"));
        Grids.scrollSideways(grid);
        MemberRecords.open(grid, keepsRecords, DueBadge::cellCode, DueBadge::memberCode);
        SortInAddress.keep(grid, query, changed);
        grid.setItems(due);
        grid.setAllRowsVisible(due.size() <= 30);
        Card card = new Card("card-badges-due", t("badges.due.list", String.valueOf(year)), grid,
                new DownloadLinks("download-badges-due", "huy-hieu-dang-den-han-" + year, () -> List.of(dueTable(due))));
        card.setWidthFull();
        card.wide();
        return card;
    }

    /** The list in the shape the committee sends up for consideration: STT, name, birth, cell, admission, age, badge. */
    private Table dueTable(List<DueBadge> due) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < due.size(); i++) {
            DueBadge d = due.get(i);
            rows.add(List.of((long) i + 1, d.fullName(), (long) d.birthYear(), d.cellName(), Formats.date(d.admitted()),
                    (long) d.partyAgeAtRound(), badge(d.badgeYears()), Formats.date(d.round()), note(d)));
        }
        return new Table(t("badges.due.list", String.valueOf(year)), List.of(t("badges.column.position"), t("badges.column.name"),
                t("badges.column.born"), t("badges.column.cell"), t("badges.column.admitted"), t("badges.column.age"),
                t("badges.column.badge"), t("badges.column.round"), t("badges.column.note")), rows);
    }

    /** How many are due each badge, a series per round (the early ones apart). */
    Component byBadgeAndRound() {
        List<Integer> badges = BadgeRules.YEARS.stream().filter(b -> due.stream().anyMatch(d -> d.badgeYears() == b)).toList();
        Charts chart = Charts.column().stacked().categories(badges.stream().map(this::badge).toList());
        for (AwardRound round : AwardRound.values()) {
            LocalDate day = round.in(year);
            chart.series(round(day), badges.stream().map(b -> due.stream()
                    .filter(d -> !d.early() && d.badgeYears() == b && d.round().equals(day)).count()).toList());
        }
        chart.series(t("badges.early"), badges.stream().map(b -> due.stream().filter(d -> d.early() && d.badgeYears() == b).count())
                .toList());
        ApexChart apex = new ApexChart(chart.build());
        apex.setId("chart-badges-due");
        apex.setValueFormat(0, "");
        apex.setUnit(t("unit.members")).setFileName("huy-hieu-dang-den-han-" + year);
        return new Card("card-badges-chart", t("badges.chart", String.valueOf(year)), apex);
    }

    /** The badges presented in the year. */
    Component awarded() {
        if (awarded.isEmpty()) {
            Paragraph none = new Paragraph(t("badges.awarded.none", String.valueOf(year)));
            none.setId("badges-awarded-none");
            return new Card("card-badges-awarded", t("badges.awarded.list", String.valueOf(year)), none);
        }
        Grid<AwardedBadge> grid = new Grid<>();
        grid.setId("badges-awarded-grid");
        grid.addColumn(AwardedBadge::fullName).setHeader(t("badges.column.name"));
        grid.addColumn(a -> Formats.date(a.awardedOn())).setHeader(t("badges.column.awarded-on"));
        grid.addColumn(a -> badge(a.badgeYears())).setHeader(t("badges.column.badge"));
        grid.addComponentColumn(a -> new Anchor("cells/" + a.cellCode(), a.cellName())).setHeader(t("badges.column.cell"));
        grid.addColumn(a -> a.earlyGround() == null ? "" : t("badges.ground." + a.earlyGround())).setHeader(t("badges.column.note"));
        Grids.scrollSideways(grid);
        MemberRecords.open(grid, keepsRecords, AwardedBadge::cellCode, AwardedBadge::memberCode);
        grid.setItems(awarded);
        grid.setAllRowsVisible(awarded.size() <= 30);
        return new Card("card-badges-awarded", t("badges.awarded.list", String.valueOf(year)), grid);
    }

    private String note(DueBadge d) {
        return d.early() ? t("badges.note.early", Formats.date(d.reaches())) : "";
    }

    private String badge(int years) {
        return t("badges.badge", String.valueOf(years));
    }

    private static String round(LocalDate day) {
        return day.getDayOfMonth() + "/" + day.getMonthValue();
    }

    private String n(long value) {
        return texts.n(value);
    }

    private String t(String key, Object... params) {
        return texts.t(key, params);
    }
}
