package vn.dangbo.dashboard.members.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import vn.dangbo.dashboard.base.i18n.Texts;
import vn.dangbo.dashboard.base.live.LiveUpdates;
import vn.dangbo.dashboard.base.live.Topic;
import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.base.table.Table;
import vn.dangbo.dashboard.base.ui.Card;
import vn.dangbo.dashboard.base.ui.DownloadLinks;
import vn.dangbo.dashboard.base.ui.Grids;
import vn.dangbo.dashboard.base.ui.LiveDashboard;
import vn.dangbo.dashboard.base.ui.Tile;
import vn.dangbo.dashboard.chart.ApexChart;
import vn.dangbo.dashboard.discipline.DisciplineForm;
import vn.dangbo.dashboard.discipline.DisciplineService;
import vn.dangbo.dashboard.discipline.DisciplineYear;
import vn.dangbo.dashboard.members.MemberService;
import vn.dangbo.dashboard.members.MembershipMovement;
import vn.dangbo.dashboard.members.Movement;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.organisation.ui.PeriodFilter;
import vn.dangbo.dashboard.organisation.ui.PeriodSelection;

/**
 * How the membership moved over the term ({@code /membership?term=2015-2020}), behind the overview's members figure:
 * the waterfall from the members at its start to those at its end, and each year's ways in and out.
 */
@Route("membership")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK, Role.Names.COMMITTEE, Role.Names.PROVINCE})
class MembershipView extends LiveDashboard implements HasDynamicTitle {
    private final OrganisationService organisation;
    private final MemberService members;
    private final DisciplineService disciplines;

    MembershipView(OrganisationService organisation, MemberService members, DisciplineService disciplines, LiveUpdates live) {
        super(live, EnumSet.of(Topic.MEMBERS, Topic.ORGANISATION));
        this.organisation = organisation;
        this.members = members;
        this.disciplines = disciplines;
    }

    @Override
    protected void render() {
        removeAll();
        Optional<PeriodSelection> selection = PeriodSelection.resolve(query(), organisation.terms(), term -> Optional.empty());
        if (selection.isEmpty()) {
            add(new Paragraph(getTranslation("period.no-term")));
            return;
        }
        Texts texts = new Texts(getLocale());
        String period = PeriodSelection.display(selection.get().term());
        MembershipMovement movement = members.movement(selection.get().term());
        add(new H2(getTranslation("movement.title", period)), new PeriodFilter(organisation.terms(), selection.get(), false,
                (term, year) -> getUI().ifPresent(ui -> ui.navigate("membership", selection.get().changedTo(term, null,
                        t -> Optional.empty()).query(false)))));
        long in = movement.totalIn();
        long out = movement.totalOut();
        Div tiles = new Div(new Tile("tile-movement-start", t("movement.start"), texts.n(movement.atStart()), "")
                        .counting(movement.atStart()),
                new Tile("tile-movement-in", t("movement.in"), texts.n(in), t("movement.in.detail")).counting(in),
                new Tile("tile-movement-out", t("movement.out"), texts.n(out), t("movement.out.detail")).counting(out),
                new Tile("tile-movement-end", t("movement.end"), texts.n(movement.atEnd()), "").counting(movement.atEnd()));
        tiles.addClassName("tiles");
        ApexChart waterfall = new ApexChart(MovementWaterfall.of(movement, texts).build());
        waterfall.setId("chart-movement");
        waterfall.setValueFormat(0, "");
        waterfall.setUnit(t("unit.members")).setFileName("bien-dong-dang-vien-" + selection.get().term().label());
        Paragraph balance = new Paragraph(balance(movement, texts));
        balance.setId("movement-balance");
        Card chart = new Card("card-movement", t("movement.chart", period), waterfall, balance);
        chart.setWidthFull();
        add(tiles, chart, years(movement, period), discipline(selection.get().term()));
    }

    /** "start + n kết nạp + … − n từ trần … = end": the sum the chart draws, written out. */
    private String balance(MembershipMovement movement, Texts texts) {
        StringBuilder sum = new StringBuilder(texts.n(movement.atStart()));
        movement.totals().forEach((way, n) -> sum.append(way.sign() > 0 ? " + " : " − ").append(texts.n(n)).append(' ')
                .append(firstLetter(t("movement." + way), false)));
        return t("movement.balance", sum.toString(), texts.n(movement.atEnd()));
    }

    /** "Cho ra khỏi Đảng" ↔ "cho ra khỏi Đảng": a label's first letter changed, its other capitals kept. */
    private String firstLetter(String label, boolean upper) {
        if (label.isEmpty()) {
            return label;
        }
        String first = label.substring(0, 1);
        return (upper ? first.toUpperCase(getLocale()) : first.toLowerCase(getLocale())) + label.substring(1);
    }

    private Card years(MembershipMovement movement, String period) {
        Grid<MembershipMovement.Year> grid = new Grid<>();
        grid.setId("movement-grid");
        grid.addColumn(MembershipMovement.Year::year).setHeader(t("export.year"));
        for (Movement way : Movement.values()) {
            grid.addColumn(y -> y.count(way)).setHeader(t("movement." + way)).setTextAlign(ColumnTextAlign.END);
        }
        Grids.scrollSideways(grid);
        grid.setItems(movement.years());
        grid.setAllRowsVisible(true);
        Card card = new Card("card-movement-years", t("movement.years"), grid, new DownloadLinks("download-movement",
                "bien-dong-dang-vien-" + period, () -> List.of(table(movement))));
        card.setWidthFull();
        return card;
    }

    /** The disciplinary decisions of each year of the term, by form. */
    private Card discipline(vn.dangbo.dashboard.organisation.TermPeriod term) {
        List<DisciplineYear> counts = disciplines.byYear(term);
        Card card = new Card("card-discipline", t("discipline.counts"));
        card.setWidthFull();
        if (counts.isEmpty()) {
            card.add(vn.dangbo.dashboard.base.ui.Paragraphs.of("discipline-none", t("discipline.counts.none")));
            return card;
        }
        Grid<Integer> grid = new Grid<>();
        grid.setId("discipline-grid");
        grid.addColumn(year -> year).setHeader(t("export.year"));
        for (DisciplineForm form : DisciplineForm.values()) {
            grid.addColumn(year -> counts.stream().filter(c -> c.year() == year && c.form() == form)
                    .mapToLong(DisciplineYear::count).sum()).setKey(form.name()).setHeader(firstLetter(t("discipline.form." + form), true))
                    .setTextAlign(ColumnTextAlign.END);
        }
        Grids.scrollSideways(grid);
        grid.setItems(counts.stream().map(DisciplineYear::year).distinct().sorted().toList());
        grid.setAllRowsVisible(true);
        card.add(grid);
        return card;
    }

    private Table table(MembershipMovement movement) {
        List<String> headers = new ArrayList<>(List.of(t("export.year")));
        for (Movement way : Movement.values()) {
            headers.add(t("movement." + way));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (MembershipMovement.Year year : movement.years()) {
            List<Object> row = new ArrayList<>(List.of((long) year.year()));
            for (Movement way : Movement.values()) {
                row.add(year.count(way));
            }
            rows.add(row);
        }
        return new Table(t("movement.years"), headers, rows);
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("movement.heading") + " · " + getTranslation("app.name");
    }
}
