package vn.dangbo.dashboard.members.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.Today;
import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.base.ui.Grids;
import vn.dangbo.dashboard.members.CellMember;
import vn.dangbo.dashboard.members.MemberDraft;
import vn.dangbo.dashboard.members.MemberService;
import vn.dangbo.dashboard.members.MemberStatus;
import vn.dangbo.dashboard.organisation.CellSummary;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.ratings.RatingService;
import vn.dangbo.dashboard.ratings.ui.RatingEntry;

/** The office keeps members' records: one cell's members (the cell in the address), and a form for one. */
@Route("members")
@Menu(order = 6, icon = "vaadin:users", title = "menu.members")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK})
class MembersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    /** The address's "only those not yet rated in the year" (?unrated=1). */
    static final String UNRATED = "unrated";
    private final MemberService members;
    private final List<CellSummary> cells;
    private final Grid<CellMember> grid = new Grid<>();
    private final Div form = new Div();
    private @Nullable CellSummary cell;
    /** The year whose ratings the list shows (?year=, or the year to rate now), and whether only the unrated. */
    private int year;
    private boolean onlyUnrated;
    private java.util.Map<String, vn.dangbo.dashboard.ratings.MemberYearRating> yearRatings = java.util.Map.of();
    private Grid.Column<CellMember> ratingColumn;

    private final RatingService ratings;
    private final Clock clock;

    MembersView(MemberService members, RatingService ratings, OrganisationService organisation, Clock clock) {
        this.members = members;
        this.clock = clock;
        this.ratings = ratings;
        this.cells = organisation.cells();
        addClassName("dashboard-view");
        grid.setId("members-grid");
        grid.addColumn(CellMember::code).setHeader(getTranslation("members.code")).setAutoWidth(true);
        grid.addColumn(CellMember::fullName).setHeader(getTranslation("members.name")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation("status." + m.status())).setHeader(getTranslation("members.status"));
        ratingColumn = grid.addColumn(this::rating).setKey("rating");
        Grids.scrollSideways(grid);
        grid.addClassName("clickable");
        grid.addItemClickListener(e -> edit(members.draft(e.getItem().code()).orElseThrow()));
        form.setId("member-form-area");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getLocation().getQueryParameters().getSingleParameter("cell").orElse("");
        cell = cells.stream().filter(c -> c.code().equals(code)).findFirst().orElse(cells.isEmpty() ? null : cells.getFirst());
        removeAll();
        add(new H2(getTranslation("members.title")));
        if (cell == null) {
            return;
        }
        Select<CellSummary> choice = new Select<>();
        choice.setId("members-cell");
        choice.setLabel(getTranslation("members.cell"));
        choice.setItems(cells);
        choice.setItemLabelGenerator(CellSummary::name);
        choice.setValue(cell);
        choice.addValueChangeListener(e -> UI.getCurrent().navigate("members",
                QueryParameters.simple(Map.of("cell", e.getValue().code()))));
        Button add = new Button(getTranslation("members.add"), e -> {
            MemberDraft draft = new MemberDraft();
            draft.setCellCode(cell().code());
            edit(draft);
        });
        add.setId("member-add");
        RatingEntry cellRating = new RatingEntry("cell-rating", getTranslation("members.cell-rating-title", cell().name()),
                year -> getTranslation("members.cell-rating-saved", cell().name(), String.valueOf(year)),
                (year, level, score, reason, exemplary) -> ratings.recordCellRating(cell().code(), year, level, score, reason,
                        exemplary));
        // The year the page shows (?year=2019, as the cells' and ratings' pages link it), or the year to rate now.
        year = query(event).getSingleParameter("year").flatMap(MembersView::year)
                .orElseGet(() -> RatingEntry.yearToRate(Today.inVietnam()));
        cellRating.showYear(year);
        onlyUnrated = query(event).getSingleParameter(UNRATED).map("1"::equals).orElse(false);
        ratingColumn.setHeader(getTranslation("members.rating-column", String.valueOf(year)));
        Checkbox unrated = new Checkbox(getTranslation("members.only-unrated", String.valueOf(year)), onlyUnrated);
        unrated.setId("members-unrated");
        unrated.addValueChangeListener(e -> UI.getCurrent().navigate("members", QueryParameters.simple(e.getValue()
                ? Map.of("cell", cell().code(), "year", String.valueOf(year), UNRATED, "1")
                : Map.of("cell", cell().code(), "year", String.valueOf(year)))));
        add(new MemberSearch(members), choice, add, unrated, grid, form, cellRating);
        refresh();
        QueryParameters query = event.getLocation().getQueryParameters();
        query.getSingleParameter("code").flatMap(members::draft).ifPresent(this::edit);
        query.getSingleParameter("admit").filter(n -> !n.isBlank()).ifPresent(this::admit);
    }

    private void edit(MemberDraft draft) {
        form.removeAll();
        form.add(new MemberForm(members, ratings, cells, draft, members::save, this::refresh));
        // The form opens below the list: brought into sight, so that a click on a row visibly does something.
        form.scrollIntoView();
    }

    private static QueryParameters query(BeforeEnterEvent event) {
        return event.getLocation().getQueryParameters();
    }

    private static java.util.Optional<Integer> year(String text) {
        try {
            int value = Integer.parseInt(text.trim());
            return value >= 1930 && value <= Today.inVietnam().getYear() ? java.util.Optional.of(value) : java.util.Optional.empty();
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * A candidate awaiting the decision, admitted: a probationary member from today; saving the record takes the
     * candidate out of the pipeline (recruitment hears of it, in the same transaction).
     */
    private void admit(String candidateName) {
        MemberDraft draft = new MemberDraft();
        draft.setCellCode(cell().code());
        draft.setFullName(candidateName);
        draft.setStatus(MemberStatus.PROBATIONARY);
        draft.setAdmissionDate(LocalDate.now(clock));
        draft.setAdmittedCandidate(candidateName);
        edit(draft);
    }

    private void refresh() {
        yearRatings = ratings.memberRatingsInCell(cell().code(), year);
        grid.setItems(members.currentMembersOf(cell().code()).stream()
                .filter(m -> !onlyUnrated || !yearRatings.containsKey(m.code())).toList());
    }

    /** The member's rating in the list's year: its level, why there is none, or that none is recorded yet. */
    private String rating(CellMember member) {
        vn.dangbo.dashboard.ratings.MemberYearRating rating = yearRatings.get(member.code());
        if (rating == null) {
            return getTranslation("members.unrated");
        }
        return rating.level() != null ? getTranslation("rating.short." + rating.level())
                : getTranslation("members.not-rated", getTranslation("rating.not-rated." + rating.notRatedReason()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.members") + " · " + getTranslation("app.name");
    }

    /** The cell shown: there is one once the page has been entered with any cell at all. */
    private CellSummary cell() {
        return Objects.requireNonNull(cell, "a cell is shown once the page is entered");
    }
}
