package vn.dangbo.dashboard.recruitment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import vn.dangbo.dashboard.base.i18n.Formats;
import vn.dangbo.dashboard.base.live.LiveUpdates;
import vn.dangbo.dashboard.base.live.Topic;
import vn.dangbo.dashboard.base.security.CurrentUser;
import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.base.ui.Breadcrumb;
import vn.dangbo.dashboard.base.ui.Grids;
import vn.dangbo.dashboard.base.ui.SortInAddress;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.organisation.ui.CellLens;
import vn.dangbo.dashboard.recruitment.CandidateEntry;
import vn.dangbo.dashboard.recruitment.CandidateStage;
import vn.dangbo.dashboard.recruitment.RecruitmentService;

/** Who is at a stage of the pipeline, in the committee or one cell (a pipeline bar's answer). */
@Route(RecruitmentLinks.CANDIDATES_ROUTE)
@RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK, Role.Names.COMMITTEE, Role.Names.PROVINCE, Role.Names.CELL_SECRETARY})
class CandidatesView extends RecruitmentList {

    CandidatesView(OrganisationService organisation, RecruitmentService recruitment, CurrentUser currentUser, LiveUpdates live) {
        super(organisation, recruitment, currentUser, live, EnumSet.of(Topic.RECRUITMENT, Topic.ORGANISATION));
    }

    @Override
    protected void render() {
        removeAll();
        title = getTranslation("menu.recruitment");
        CellLens lens = CellLens.resolve(query(), organisation.cells(), currentUser.onlyCell());
        String back = "recruitment" + (lens.whole() || lens.fixed() ? "" : "?" + CellLens.CELL + "=" + lens.code());
        String asked = query().getSingleParameter(RecruitmentLinks.STAGE).orElse("");
        CandidateStage stage = Arrays.stream(CandidateStage.values()).filter(s -> s.name().equalsIgnoreCase(asked))
                .findFirst().orElse(null);
        if (stage == null) {
            Paragraph error = new Paragraph(getTranslation("candidates.bad-stage", asked));
            error.setId("page-error");
            error.addClassName("page-error");
            add(new Breadcrumb().link(getTranslation("menu.recruitment"), back), error);
            return;
        }
        String stageName = getTranslation("stage." + stage);
        title = lens.whole() ? getTranslation("candidates.title", stageName)
                : getTranslation("candidates.title-cell", stageName, lens.only().name());
        add(new Breadcrumb().link(getTranslation("menu.recruitment"), back).here(stageName), new H2(title));
        List<CandidateEntry> candidates = recruitment.candidatesAt(stage, lens.code());
        Paragraph count = new Paragraph(getTranslation("candidates.count", Formats.number(candidates.size(), getLocale())));
        count.setId("candidates-count");
        Grid<CandidateEntry> grid = new Grid<>();
        grid.setId("candidates-grid");
        grid.addColumn(CandidateEntry::fullName).setKey("name").setHeader(getTranslation("candidates.column.name")).setSortable(true);
        grid.addComponentColumn(c -> new Anchor("cells/" + c.cellCode(), c.cellName())).setKey("cell")
                .setHeader(getTranslation("candidates.column.cell")).setComparator(CandidateEntry::cellName).setSortable(true);
        grid.addColumn(c -> c.since() == null ? "" : Formats.date(c.since())).setKey("since").setHeader(getTranslation("candidates.column.since"))
                .setComparator(CandidateEntry::since).setSortable(true);
        Grids.scrollSideways(grid);
        SortInAddress.keep(grid, this::query, this::replaceQuery);
        grid.setItems(candidates);
        grid.setAllRowsVisible(candidates.size() <= 50);
        add(count, grid);
    }
}
