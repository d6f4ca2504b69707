package vn.dangbo.dashboard.ratings.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.i18n.Formats;
import vn.dangbo.dashboard.base.live.LiveUpdates;
import vn.dangbo.dashboard.base.live.Topic;
import vn.dangbo.dashboard.base.security.CurrentUser;
import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.base.ui.Breadcrumb;
import vn.dangbo.dashboard.base.ui.DownloadLinks;
import vn.dangbo.dashboard.base.ui.Grids;
import vn.dangbo.dashboard.base.ui.LiveDashboard;
import vn.dangbo.dashboard.base.ui.MemberRecords;
import vn.dangbo.dashboard.base.ui.SortInAddress;
import vn.dangbo.dashboard.organisation.CellSummary;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.organisation.ui.PeriodSelection;
import vn.dangbo.dashboard.ratings.RatedMember;
import vn.dangbo.dashboard.ratings.RatingLevel;
import vn.dangbo.dashboard.ratings.RatingService;

/** The members rated at one level in one year, in the whole committee or in one cell: the answer to "who?". */
@Route("ratings/members")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK, Role.Names.COMMITTEE, Role.Names.PROVINCE, Role.Names.CELL_SECRETARY})
class RatingMembersView extends LiveDashboard implements HasDynamicTitle {
    private final OrganisationService organisation;
    private final RatingService ratings;
    private String title = "";


    private final CurrentUser currentUser;

    RatingMembersView(OrganisationService organisation, RatingService ratings, LiveUpdates live, CurrentUser currentUser) {
        super(live, EnumSet.of(Topic.RATINGS, Topic.MEMBERS, Topic.ORGANISATION));
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.ratings = ratings;
    }


    @Override
    protected void render() {
        removeAll();
        title = getTranslation("menu.ratings");
        Optional<PeriodSelection> selection = PeriodSelection.resolve(query(), organisation.terms(), ratings::latestRatedYear);
        if (selection.isEmpty()) {
            add(new Paragraph(getTranslation("period.no-term")));
            return;
        }
        String levelText = query().getSingleParameter(RatingLinks.LEVEL).orElse("");
        Optional<RatingLevel> level = parseLevel(levelText);
        Optional<String> onlyCell = currentUser.onlyCell();
        // A cell secretary's list is of their own cell unless the address names another (which is refused).
        Optional<String> cellCode = query().getSingleParameter(RatingLinks.CELL).or(() -> onlyCell);
        if (onlyCell.isPresent() && !onlyCell.equals(cellCode)) {
            Paragraph refused = new Paragraph(getTranslation("cell.not-yours", cellCode.orElse("")));
            refused.setId("page-error");
            refused.addClassName("page-error");
            add(refused);
            return;
        }
        Optional<CellSummary> cell = cellCode.flatMap(organisation::cell);
        if (level.isEmpty()) {
            Paragraph error = new Paragraph(getTranslation("rating-members.bad-level", levelText));
            error.setId("page-error");
            error.addClassName("page-error");
            add(error);
            return;
        }
        show(selection.get(), level.get(), cell.orElse(null));
    }

    private void show(PeriodSelection selection, RatingLevel level, @Nullable CellSummary cell) {
        String levelName = getTranslation("rating.short." + level);
        String year = String.valueOf(selection.year());
        boolean newOnly = query().getSingleParameter(RatingLinks.NEW).map("1"::equals).orElse(false);
        title = cell == null ? getTranslation("rating-members.title", levelName, year)
                : getTranslation("rating-members.title-cell", levelName, year, cell.name());
        if (newOnly) {
            title = getTranslation("rating-members.title-new", title, String.valueOf(selection.year() - 1));
        }
        boolean ownCellOnly = currentUser.onlyCell().isPresent();
        Breadcrumb breadcrumb = ownCellOnly ? new Breadcrumb() : new Breadcrumb().link(getTranslation("breadcrumb.overview"), "");
        String query = selection.query(true).getQueryString();
        breadcrumb.link(getTranslation("menu.ratings"), "ratings?" + query + (cell == null || ownCellOnly ? "" : "&cell=" + cell.code()));
        if (cell != null) {
            if (!ownCellOnly) {
                breadcrumb.link(getTranslation("menu.cells"), "cells?" + query);
            }
            breadcrumb.link(cell.name(), "cells/" + cell.code() + "?" + query);
        }
        add(breadcrumb.here(levelName + " " + year), new H2(title));
        selection.messages().forEach(m -> add(new Paragraph(getTranslation(m.key(), m.params()))));
        String cellCode = cell == null ? null : cell.code();
        long total = ratings.countMembersAtLevel(selection.year(), level, cellCode, newOnly);
        Paragraph count = new Paragraph(getTranslation("rating-members.count", Formats.number(total, getLocale())));
        count.setId("member-count");
        Grid<RatedMember> grid = new Grid<>();
        grid.setId("members-grid");
        grid.addColumn(RatedMember::fullName).setKey("name").setHeader(getTranslation("rating-members.column.name"))
                .setSortable(true).setSortProperty(RatingService.MemberOrder.NAME.name());
        grid.addColumn(RatedMember::code).setKey("code").setHeader(getTranslation("rating-members.column.code"))
                .setSortable(true).setSortProperty(RatingService.MemberOrder.CODE.name());
        grid.addComponentColumn(m -> new Anchor("cells/" + m.cellCode() + "?" + selection.query(true).getQueryString(), m.cellName())).setKey("cell")
                .setHeader(getTranslation("rating-members.column.cell")).setSortable(true)
                .setSortProperty(RatingService.MemberOrder.CELL.name());
        Grids.scrollSideways(grid);
        MemberRecords.open(grid, currentUser.keepsRecords(), RatedMember::cellCode, RatedMember::code);
        // Read a page at a time as the list scrolls: a province's list holds 100,000 members.
        grid.setItems(page -> {
            var order = page.getSortOrders().stream().findFirst();
            return ratings.membersAtLevel(selection.year(), level, cellCode, newOnly, page.getOffset(), page.getLimit(),
                    order.map(o -> RatingService.MemberOrder.valueOf(o.getSorted())).orElse(null),
                    order.map(o -> o.getDirection() == SortDirection.DESCENDING).orElse(false)).stream();
        }, page -> (int) Math.min(Integer.MAX_VALUE, total));
        SortInAddress.keep(grid, this::query, this::replaceQuery);
        grid.setAllRowsVisible(total <= 50);
        add(count, grid, new DownloadLinks("download-members", "dang-vien-" + level.name().toLowerCase() + (newOnly ? "-moi" : "") + "-" + year,
                () -> List.of(new vn.dangbo.dashboard.base.table.Table(title, List.of(getTranslation("rating-members.column.name"),
                        getTranslation("rating-members.column.code"), getTranslation("rating-members.column.cell")),
                        ratings.membersAtLevel(selection.year(), level, cellCode, newOnly).stream()
                                .map(m -> List.<Object>of(m.fullName(), m.code(), m.cellName())).toList()))));
    }

    private static Optional<RatingLevel> parseLevel(String text) {
        for (RatingLevel level : RatingLevel.values()) {
            if (level.name().equalsIgnoreCase(text)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
