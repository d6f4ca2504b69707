package vn.dangbo.dashboard.cells.ui;

import vn.dangbo.dashboard.base.i18n.Texts;
import vn.dangbo.dashboard.conclusions.ConclusionSubject;
import vn.dangbo.dashboard.conclusions.ui.ConclusionMarks;
import java.util.EnumSet;
import vn.dangbo.dashboard.base.security.Role;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Optional;
import vn.dangbo.dashboard.base.live.LiveUpdates;
import vn.dangbo.dashboard.base.live.Topic;
import vn.dangbo.dashboard.base.ui.LiveDashboard;
import vn.dangbo.dashboard.base.ui.SortInAddress;
import vn.dangbo.dashboard.base.security.CurrentUser;
import vn.dangbo.dashboard.base.ui.Breadcrumb;
import vn.dangbo.dashboard.organisation.ui.PeriodFilter;
import vn.dangbo.dashboard.organisation.ui.PeriodSelection;
import vn.dangbo.dashboard.organisation.CellSummary;
import vn.dangbo.dashboard.organisation.TermPeriod;

/** One cell: why it stands where it does. Its members' ratings, its meetings, its admissions, its members. */
@Route("cells/:code")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK, Role.Names.COMMITTEE, Role.Names.PROVINCE, Role.Names.CELL_SECRETARY})
class CellView extends LiveDashboard implements HasDynamicTitle {
    private final CellsData data;
    private String title = "";


    private final CurrentUser currentUser;

    CellView(CellsData data, LiveUpdates live, CurrentUser currentUser) {
        super(live, EnumSet.of(Topic.ORGANISATION, Topic.MEMBERS, Topic.RATINGS, Topic.MEETINGS, Topic.RECRUITMENT,
                Topic.CONCLUSIONS));
        this.data = data;
        this.currentUser = currentUser;
    }


    @Override
    protected void render() {
        removeAll();
        String code = routeParameters().get("code").orElse("");
        if (!currentUser.maySeeCell(code)) {
            title = getTranslation("menu.cells");
            Paragraph refused = new Paragraph(getTranslation("cell.not-yours", code));
            refused.setId("page-error");
            refused.addClassName("page-error");
            add(refused);
            return;
        }
        Optional<CellSummary> cell = data.organisation().cell(code);
        List<TermPeriod> terms = data.organisation().terms();
        Optional<PeriodSelection> selection = PeriodSelection.resolve(query(), terms, data.ratings()::latestRatedYear);
        if (cell.isEmpty() || selection.isEmpty()) {
            title = getTranslation("menu.cells");
            Paragraph error = new Paragraph(cell.isEmpty() ? getTranslation("cell.unknown", code)
                    : getTranslation("period.no-term"));
            error.setId("page-error");
            error.addClassName("page-error");
            add(error, new Anchor("cells", getTranslation("cell.back-to-cells")));
            return;
        }
        show(cell.get(), terms, selection.get());
    }

    private void show(CellSummary cell, List<TermPeriod> terms, PeriodSelection selection) {
        title = cell.name();
        add(currentUser.onlyCell().isPresent() ? new Breadcrumb().here(cell.name())
                : new Breadcrumb().link(getTranslation("breadcrumb.overview"), "")
                        .link(getTranslation("menu.cells"), CellLinks.cells(selection)).here(cell.name()));
        add(new H2(cell.name()));
        add(new PeriodFilter(terms, selection, true, (term, year) -> {
            PeriodSelection next = selection.changedTo(term, year, data.ratings()::latestRatedYear);
            UI.getCurrent().navigate("cells/" + cell.code(), next.query(true));
        }));
        CellPanels panels = new CellPanels(data, cell, selection, getLocale());
        Div grid = new Div(panels.membersRating(), panels.history(), panels.meetings(), panels.admissions());
        grid.addClassName("card-grid");
        Texts texts = new Texts(getLocale());
        java.time.LocalDate today = java.time.LocalDate.now(data.clock());
        boolean mayRecord = currentUser.recordsConclusions();
        ConclusionMarks.attach(grid, "cells/" + cell.code(), String.valueOf(selection.year()), data.conclusions(), mayRecord,
                today, texts, this::render);
        grid.add(ConclusionMarks.onSubject(ConclusionSubject.CELL, cell.code(), cell.name(), data.conclusions(), mayRecord,
                today, texts, this::render));
        add(grid, panels.members(currentUser.keepsRecords(),
                table -> SortInAddress.keep(table, this::query, this::replaceQuery)));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
