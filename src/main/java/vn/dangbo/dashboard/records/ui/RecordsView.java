package vn.dangbo.dashboard.records.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.i18n.Folding;
import vn.dangbo.dashboard.base.live.LiveUpdates;
import vn.dangbo.dashboard.base.live.LiveView;
import vn.dangbo.dashboard.base.live.Topic;
import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.base.ui.Address;
import vn.dangbo.dashboard.base.ui.DownloadLinks;
import vn.dangbo.dashboard.base.ui.SortInAddress;
import vn.dangbo.dashboard.records.RecordService;
import vn.dangbo.dashboard.transfer.ImportSheet;

/**
 * The office's lists of every other kind of record — cells, terms, candidates, study campaigns, trainings, targets,
 * awards, hamlets and their new-rural status — each with a form to add, correct or delete one. The kind is in the
 * address ({@code /records/khen-thuong}); other clerks' changes appear live.
 */
@Route("records/:kind?")
@Menu(order = 6.5, icon = "vaadin:archive", title = "menu.records")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK})
class RecordsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    static final ImportSheet FIRST = ImportSheet.CELLS;
    static final String SEARCH = "q";
    private final RecordService records;
    private final H2 title = new H2();
    private final Select<ImportSheet> kinds = new Select<>();
    private final TextField filter = new TextField();
    private final Paragraph count = new Paragraph();
    private final VerticalLayout content = new VerticalLayout();
    private @Nullable RecordGrid grid;
    private @Nullable ImportSheet sheet;
    /** The address's query: the search (?q=) and the sorting (?sort=), kept as they change. */
    private QueryParameters query = QueryParameters.empty();
    /** While the view is being entered, the address is read, not written (the view's new address is not yet there). */
    private boolean entering;

    RecordsView(RecordService records, LiveUpdates updates) {
        this.records = records;
        addClassName("dashboard-view");
        kinds.setId("records-kind");
        kinds.setLabel(getTranslation("records.kind"));
        kinds.setItems(records.kinds());
        kinds.setItemLabelGenerator(kind -> getTranslation(kind.labelKey()));
        kinds.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(RecordsView.class, new RouteParameters("kind", e.getValue().slug())));
            }
        });
        filter.setId("records-filter");
        filter.setPlaceholder(getTranslation("records.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> {
            if (!entering) {
                keepInAddress(SEARCH, e.getValue().trim());
            }
            refresh();
        });
        Button add = new Button(getTranslation("records.add"), VaadinIcon.PLUS.create(), e -> open(null));
        add.setId("records-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        count.setId("records-count");
        HorizontalLayout tools = new HorizontalLayout(kinds, filter, add);
        tools.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        content.setPadding(false);
        content.setSizeFull();
        add(title, tools, count, content);
        setSizeFull();
        LiveView.follow(this, updates, change -> sheet != null
                && change.concerns(java.util.EnumSet.of(sheet.topic(), Topic.ORGANISATION)), this::refresh);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("kind").orElse(FIRST.slug());
        sheet = ImportSheet.bySlug(slug).filter(records.kinds()::contains).orElse(null);
        content.removeAll();
        if (sheet == null) {
            title.setText(getTranslation("menu.records"));
            Paragraph unknown = new Paragraph(getTranslation("records.unknown", slug,
                    String.join(", ", records.kinds().stream().map(kind -> getTranslation(kind.labelKey())).toList())));
            unknown.setId("records-unknown");
            unknown.addClassName("page-error");
            content.add(unknown);
            return;
        }
        title.setText(getTranslation("records.title", getTranslation(sheet.labelKey())));
        kinds.setValue(sheet);
        query = event.getLocation().getQueryParameters();
        entering = true;
        try {
            filter.setValue(query.getSingleParameter(SEARCH).orElse(""));
        } finally {
            entering = false;
        }
        grid = new RecordGrid(sheet);
        SortInAddress.keep(grid, () -> query, this::replaceQuery);
        grid.addClassName("clickable");
        grid.addItemClickListener(e -> open(e.getItem()));
        ImportSheet shown = sheet;
        content.add(grid, new DownloadLinks("download-records", shown.slug(), () -> List.of(records.table(shown))));
        refresh();
    }

    private void keepInAddress(String name, String value) {
        Map<String, List<String>> params = new java.util.HashMap<>(query.getParameters());
        params.remove(name);
        if (!value.isEmpty()) {
            params.put(name, List.of(value));
        }
        replaceQuery(new QueryParameters(params));
    }

    private void replaceQuery(QueryParameters newQuery) {
        query = newQuery;
        getUI().ifPresent(ui -> Address.replaceQuery(ui, newQuery));
    }

    /** The rows of the kind shown, those containing the filter's text. */
    private void refresh() {
        if (sheet == null || grid == null) {
            return;
        }
        String text = filter.getValue().trim();
        List<List<String>> rows = records.rows(sheet).stream()
                .filter(row -> text.isEmpty() || row.stream().anyMatch(v -> Folding.contains(v, text)))
                .toList();
        grid.setItems(rows);
        count.setText(getTranslation("records.count", String.valueOf(rows.size())));
    }

    /** Opens the form for a row, or for a new one. */
    RecordForm open(@Nullable List<String> row) {
        ImportSheet shown = Objects.requireNonNull(sheet, "a form opens on a page that shows a kind of record");
        RecordForm form = new RecordForm(shown, row, records, this::refresh);
        if (row != null && records.awaitingAdmission(shown, row)) {
            Button admit = new Button(getTranslation("records.admit"), VaadinIcon.USER_CHECK.create(), e -> {
                form.close();
                getUI().ifPresent(ui -> ui.navigate("members", QueryParameters.simple(Map.of("cell", row.get(1),
                        "admit", row.get(0)))));
            });
            admit.setId("record-admit");
            admit.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            form.addAction(admit);
        }
        form.open();
        return form;
    }

    @Override
    public String getPageTitle() {
        return (sheet == null ? getTranslation("menu.records") : getTranslation(sheet.labelKey())) + " · "
                + getTranslation("app.name");
    }
}
