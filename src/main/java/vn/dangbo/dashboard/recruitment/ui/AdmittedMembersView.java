package vn.dangbo.dashboard.recruitment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
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
import vn.dangbo.dashboard.base.table.Table;
import vn.dangbo.dashboard.base.ui.Breadcrumb;
import vn.dangbo.dashboard.base.ui.DownloadLinks;
import vn.dangbo.dashboard.base.ui.Grids;
import vn.dangbo.dashboard.base.ui.MemberRecords;
import vn.dangbo.dashboard.base.ui.SortInAddress;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.organisation.ui.CellLens;
import vn.dangbo.dashboard.organisation.ui.PeriodSelection;
import vn.dangbo.dashboard.recruitment.Admission;
import vn.dangbo.dashboard.recruitment.RecruitmentService;

/** Who was admitted: in a year of the term or in the whole term, in the committee or one cell (an admissions bar's answer). */
@Route(RecruitmentLinks.ADMITTED_ROUTE)
@RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK, Role.Names.COMMITTEE, Role.Names.PROVINCE, Role.Names.CELL_SECRETARY})
class AdmittedMembersView extends RecruitmentList {

    AdmittedMembersView(OrganisationService organisation, RecruitmentService recruitment, CurrentUser currentUser, LiveUpdates live) {
        super(organisation, recruitment, currentUser, live, EnumSet.of(Topic.MEMBERS, Topic.ORGANISATION));
    }

    @Override
    protected void render() {
        removeAll();
        title = getTranslation("menu.recruitment");
        Optional<PeriodSelection> selection = PeriodSelection.resolve(query(), organisation.terms(), term -> Optional.empty());
        if (selection.isEmpty()) {
            add(new Paragraph(getTranslation("period.no-term")));
            return;
        }
        CellLens lens = CellLens.resolve(query(), organisation.cells(), currentUser.onlyCell());
        Integer year = query().getSingleParameter(PeriodSelection.YEAR).isPresent() ? selection.get().year() : null;
        show(selection.get(), year, lens);
    }

    private void show(PeriodSelection selection, @Nullable Integer year, CellLens lens) {
        String period = year == null ? PeriodSelection.display(selection.term()) : String.valueOf(year);
        title = lens.whole() ? getTranslation("admitted.title", period)
                : getTranslation("admitted.title-cell", period, lens.only().name());
        String back = "recruitment?" + lens.applyTo(selection.query(false)).getQueryString();
        add(new Breadcrumb().link(getTranslation("menu.recruitment"), back).here(period), new H2(title));
        selection.messages().forEach(m -> add(new Paragraph(getTranslation(m.key(), m.params()))));
        List<Admission> admitted = recruitment.admissions(selection.term(), year, lens.code());
        Paragraph count = new Paragraph(getTranslation("admitted.count", Formats.number(admitted.size(), getLocale()),
                Formats.number(admitted.stream().filter(Admission::directWorker).count(), getLocale())));
        count.setId("admitted-count");
        Grid<Admission> grid = new Grid<>();
        grid.setId("admitted-grid");
        grid.addColumn(Admission::fullName).setKey("name").setHeader(getTranslation("admitted.column.name")).setSortable(true);
        grid.addColumn(Admission::code).setKey("code").setHeader(getTranslation("admitted.column.code")).setSortable(true);
        grid.addComponentColumn(a -> new Anchor("cells/" + a.cellCode() + "?" + selection.query(false).getQueryString(),
                        a.cellName())).setKey("cell").setHeader(getTranslation("admitted.column.cell"))
                .setComparator(Admission::cellName).setSortable(true);
        grid.addColumn(a -> Formats.date(a.admissionDate())).setKey("date").setHeader(getTranslation("admitted.column.date"))
                .setComparator(Admission::admissionDate).setSortable(true);
        grid.addColumn(a -> a.directWorker() ? getTranslation("admitted.direct") : "")
                .setHeader(getTranslation("admitted.column.direct"));
        Grids.scrollSideways(grid);
        MemberRecords.open(grid, currentUser.keepsRecords(), Admission::cellCode, Admission::code);
        SortInAddress.keep(grid, this::query, this::replaceQuery);
        grid.setItems(admitted);
        grid.setAllRowsVisible(admitted.size() <= 50);
        add(count, grid, new DownloadLinks("download-admitted", "ket-nap-" + period
                + (lens.whole() ? "" : "-" + lens.only().code().toLowerCase(java.util.Locale.ROOT)), () -> List.of(new Table(title,
                List.of(getTranslation("admitted.column.name"), getTranslation("admitted.column.code"),
                        getTranslation("admitted.column.cell"), getTranslation("admitted.column.date"),
                        getTranslation("admitted.column.direct")),
                admitted.stream().map(a -> List.<Object>of(a.fullName(), a.code(), a.cellName(), Formats.date(a.admissionDate()),
                        a.directWorker() ? getTranslation("admitted.direct") : "")).toList()))));
    }
}
