package vn.dangbo.dashboard.statistics.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import vn.dangbo.dashboard.base.i18n.Message;
import vn.dangbo.dashboard.base.live.LiveUpdates;
import vn.dangbo.dashboard.base.live.Topic;
import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.base.ui.Address;
import vn.dangbo.dashboard.base.ui.CommitteeAddress;
import vn.dangbo.dashboard.base.ui.LiveDashboard;
import vn.dangbo.dashboard.base.ui.Paragraphs;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.statistics.FilledForm;
import vn.dangbo.dashboard.statistics.FormHeading;
import vn.dangbo.dashboard.statistics.StatisticForm;
import vn.dangbo.dashboard.statistics.StatisticsService;
import vn.dangbo.dashboard.statistics.StatisticsWorkbook;

/**
 * Thống kê ({@code /statistics?year=2025&form=3}): the year-end statistical forms filled from the data, each in its
 * printed shape with this year, the same period last year and the change; every figure other than 0 opens the records
 * behind it ({@code &row=12&col=0}), a province's the figure per commune first. The forms check their identities and
 * say what does not add up before anyone sends them; the whole set downloads as the workbook sent up.
 */
@Route("statistics")
@Menu(order = 4.6, icon = "vaadin:table", title = "menu.statistics")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK, Role.Names.COMMITTEE, Role.Names.PROVINCE})
class StatisticsView extends LiveDashboard implements HasDynamicTitle {
    static final String ROUTE = "statistics";
    private static final int FIRST_YEAR = 1950;
    private final StatisticsService statistics;
    private final OrganisationService organisation;
    private final Clock clock;

    StatisticsView(StatisticsService statistics, OrganisationService organisation, Clock clock, LiveUpdates live) {
        super(live, EnumSet.of(Topic.MEMBERS, Topic.RATINGS, Topic.ORGANISATION, Topic.RESULTS));
        this.statistics = statistics;
        this.organisation = organisation;
        this.clock = clock;
        addClassName("statistics-view");
        setPadding(true);
    }

    @Override
    protected void render() {
        removeAll();
        List<String> notices = new ArrayList<>();
        int thisYear = LocalDate.now(clock).getYear();
        Optional<String> askedYear = query().getSingleParameter("year");
        int year = askedYear.flatMap(StatisticsView::number).filter(y -> y >= FIRST_YEAR && y <= thisYear).orElse(thisYear);
        if (askedYear.isPresent() && askedYear.flatMap(StatisticsView::number).filter(y -> y == year).isEmpty()) {
            notices.add(getTranslation("stat.bad-year", askedYear.get(), FIRST_YEAR, thisYear, year));
        }
        Optional<String> askedForm = query().getSingleParameter("form");
        StatisticForm form = askedForm.flatMap(StatisticForm::bySlug).orElse(StatisticForm.F1);
        if (askedForm.isPresent() && StatisticForm.bySlug(askedForm.get()).isEmpty()) {
            notices.add(getTranslation("stat.bad-form", askedForm.get()));
        }
        Map<StatisticForm, FilledForm> forms = statistics.fillAll(year);
        FormHeading heading = heading();
        H2 title = new H2(getTranslation("stat.title", String.valueOf(year)));
        add(title, controls(year, thisYear, forms, heading), formLinks(year, form));
        notices.forEach(text -> add(Paragraphs.notice(text)));
        add(checks(forms));
        FilledForm shown = Objects.requireNonNull(forms.get(form), "every form is filled");
        FormTable table = new FormTable(shown, heading, getLocale(),
                (row, column) -> address(year, form).with("row", row).with("col", column).toString(), this::text);
        drill(year, form).ifPresent(this::add);
        add(table);
    }

    private Div controls(int year, int thisYear, Map<StatisticForm, FilledForm> forms, FormHeading heading) {
        Select<Integer> choice = new Select<>();
        choice.setId("statistics-year");
        choice.setLabel(getTranslation("period.year"));
        choice.setItems(IntStream.rangeClosed(thisYear - 15, thisYear).boxed().sorted(java.util.Comparator.reverseOrder()).toList());
        choice.setValue(year);
        choice.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate(ROUTE, QueryParameters.simple(Map.of("year", String.valueOf(e.getValue()),
                        "form", query().getSingleParameter("form").orElse(StatisticForm.F1.slug()))));
            }
        });
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = StatisticsWorkbook.write(forms.values(), heading);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "bieu-thong-ke-" + year + ".xlsx",
                    StatisticsWorkbook.TYPE, bytes.length);
        }), AttachmentType.DOWNLOAD, getTranslation("stat.download"));
        download.setId("statistics-xlsx");
        download.addClassName("report-download");
        Div controls = new Div(choice, download);
        controls.addClassName("statistics-controls");
        return controls;
    }

    /** One link a form, the shown one marked. */
    private Div formLinks(int year, StatisticForm shown) {
        Div links = new Div();
        links.setId("statistics-forms");
        links.addClassName("statistics-forms");
        for (StatisticForm form : StatisticForm.values()) {
            Anchor link = new Anchor(address(year, form).toString(), getTranslation("stat.form-link", form.number()));
            link.getElement().setAttribute("title", getTranslation(form.titleKey()));
            if (form == shown) {
                link.addClassName("current");
                link.getElement().setAttribute("aria-current", "page");
            }
            links.add(link);
        }
        return links;
    }

    /** What does not add up, form by form, or that everything does. */
    private Div checks(Map<StatisticForm, FilledForm> forms) {
        Div box = new Div();
        box.setId("statistics-checks");
        List<Message> problems = new ArrayList<>();
        forms.values().forEach(f -> problems.addAll(f.problems()));
        problems.addAll(statistics.acrossForms(forms));
        if (problems.isEmpty()) {
            box.add(new Paragraph(getTranslation("stat.checks-ok")));
            box.addClassName("statistics-ok");
            return box;
        }
        box.addClassName("page-notice");
        box.add(new Paragraph(getTranslation("stat.checks-failed")));
        problems.forEach(p -> box.add(new Paragraph(text(p))));
        return box;
    }

    /** The records behind the figure the address names, or the figure per commune for a province. */
    private Optional<com.vaadin.flow.component.Component> drill(int year, StatisticForm form) {
        Optional<Integer> row = query().getSingleParameter("row").flatMap(StatisticsView::number);
        Optional<Integer> column = query().getSingleParameter("col").flatMap(StatisticsView::number);
        if (row.isEmpty() || column.isEmpty()) {
            return Optional.empty();
        }
        Optional<Message> label = statistics.label(form, row.get());
        if (label.isEmpty() || column.get() < 0 || column.get() >= form.columnKeys().size()) {
            return Optional.of(Paragraphs.notice(getTranslation("stat.bad-figure")));
        }
        String title = getTranslation("stat.behind.title", text(label.get()), getTranslation(form.columnKeys().get(column.get())));
        var communes = statistics.acrossCommunes(form, row.get(), column.get(), year);
        if (!communes.isEmpty()) {
            return Optional.of(new BehindPanel(title).communes(communes, c -> CommitteeAddress.of(c.code(),
                    address(year, form).with("row", row.get()).with("col", column.get()).toString())));
        }
        return Optional.of(new BehindPanel(title).records(statistics.behind(form, row.get(), column.get(), year)));
    }

    private FormHeading heading() {
        String superior = organisation.superior().map(s -> switch (s.kind()) {
            case COMMITTEE -> s.name();
            case DISTRICT -> new Message("report.document.superior.district", s.name()).vietnamese();
            case PROVINCE -> new Message("report.document.superior.province", s.name()).vietnamese();
        }).orElse("");
        String name = organisation.committeeName().orElse("");
        String place = name.replaceFirst("(?i)^đảng bộ (xã|phường|thị trấn|tỉnh|thành phố)\\s*", "");
        return new FormHeading(superior, name, place);
    }

    private String text(Message message) {
        return new vn.dangbo.dashboard.base.i18n.Texts(getLocale()).t(message);
    }

    private static Address address(int year, StatisticForm form) {
        return Address.of(ROUTE).with("year", year).with("form", form.slug());
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.statistics") + " · " + getTranslation("app.name");
    }
}
