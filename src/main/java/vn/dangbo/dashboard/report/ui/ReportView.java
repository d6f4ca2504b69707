package vn.dangbo.dashboard.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.dangbo.dashboard.base.i18n.Templates;
import vn.dangbo.dashboard.base.live.LiveUpdates;
import vn.dangbo.dashboard.base.live.Topic;
import vn.dangbo.dashboard.base.print.WordPage;
import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.base.ui.LiveDashboard;
import vn.dangbo.dashboard.base.ui.Paragraphs;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.organisation.TermPeriod;
import vn.dangbo.dashboard.organisation.ui.PeriodFilter;
import vn.dangbo.dashboard.organisation.ui.PeriodSelection;
import vn.dangbo.dashboard.report.Figure;
import vn.dangbo.dashboard.report.Report;
import vn.dangbo.dashboard.report.ReportDocument;
import vn.dangbo.dashboard.report.ReportPeriod;
import vn.dangbo.dashboard.report.ReportSection;
import vn.dangbo.dashboard.report.ReportService;
import vn.dangbo.dashboard.report.ReportTable;
import vn.dangbo.dashboard.report.ReportText;
import vn.dangbo.dashboard.report.Sentence;

/**
 * The report's figure sections for a term ({@code /report?term=2015-2020}) or one of its years ({@code &year=2019}),
 * written from the data in the party's wording; each figure links to the view it came from, and the whole downloads as
 * a Word document for the office to finish. The presenter's kiosk and the cell secretaries do not see it.
 */
@Route("report")
@Menu(order = 4.5, icon = "vaadin:file-text-o", title = "menu.report")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK, Role.Names.COMMITTEE, Role.Names.PROVINCE})
class ReportView extends LiveDashboard implements HasDynamicTitle {
    static final String ROUTE = "report";
    private final OrganisationService organisation;
    private final ReportService reports;
    private final Templates templates;

    ReportView(OrganisationService organisation, ReportService reports, Templates templates, LiveUpdates live) {
        super(live, Topic.all());
        this.organisation = organisation;
        this.reports = reports;
        this.templates = templates;
        addClassName("report-view");
        setPadding(true);
    }

    @Override
    protected void render() {
        removeAll();
        List<TermPeriod> terms = organisation.terms();
        Optional<PeriodSelection> selection = PeriodSelection.resolve(query(), terms, term -> Optional.empty());
        if (selection.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("report.empty"));
            empty.setId("report-empty");
            add(empty);
            return;
        }
        TermPeriod term = selection.get().term();
        ReportPeriod period = period(term, selection.get());
        ReportText text = new ReportText(templates, getLocale());
        Report report = reports.compose(period);
        add(new H2(ReportDocument.title(period, text)), PeriodFilter.yearOrWholeTerm(terms, term, period.year(), this::go),
                notices(selection.get()));
        Paragraph note = new Paragraph(getTranslation("report.note"));
        note.addClassName("report-note");
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = ReportDocument.write(report, text);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(period), WordPage.DOCX_TYPE, bytes.length);
        }), AttachmentType.DOWNLOAD, getTranslation("report.download.docx"));
        download.setId("report-docx");
        download.addClassName("report-download");
        add(new Div(note, download));
        Div body = new Div();
        body.setId("report-text");
        body.addClassName("report-text");
        if (report.sections().isEmpty()) {
            Paragraph nothing = new Paragraph(getTranslation("report.nothing"));
            nothing.setId("report-nothing");
            body.add(nothing);
        }
        ReportLinks links = new ReportLinks(term);
        for (int i = 0; i < report.sections().size(); i++) {
            body.add(section(i, report.sections().get(i), text, links));
        }
        add(body);
    }

    /** The URL's year when it is one of the term's; otherwise the whole term (and a notice if the URL named a year). */
    private ReportPeriod period(TermPeriod term, PeriodSelection selection) {
        boolean asked = query().getSingleParameter(PeriodSelection.YEAR).isPresent();
        boolean refused = selection.messages().stream().anyMatch(m -> m.key().equals(PeriodSelection.BAD_YEAR));
        return asked && !refused ? ReportPeriod.ofYear(term, selection.year()) : ReportPeriod.ofTerm(term);
    }

    private Div notices(PeriodSelection selection) {
        Div notices = new Div();
        for (PeriodSelection.Message message : selection.messages()) {
            notices.add(Paragraphs.notice(message.key().equals(PeriodSelection.BAD_YEAR)
                    ? getTranslation("report.bad-year", message.params()[0], message.params()[1])
                    : getTranslation(message.key(), message.params())));
        }
        return notices;
    }

    private void go(TermPeriod term, Integer year) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(PeriodSelection.TERM, term.label());
        if (year != null) {
            params.put(PeriodSelection.YEAR, String.valueOf(year));
        }
        getUI().ifPresent(ui -> ui.navigate(ROUTE, QueryParameters.simple(params)));
    }

    private Component section(int index, ReportSection section, ReportText text, ReportLinks links) {
        Div box = new Div();
        box.setId("report-" + section.key());
        box.addClassName("report-section");
        box.add(new H3(ReportDocument.heading(index, section, text)));
        for (List<Sentence> sentences : section.paragraphs()) {
            Paragraph paragraph = new Paragraph();
            for (Sentence sentence : sentences) {
                Span line = new Span();
                line.addClassName("report-sentence");
                for (ReportText.Piece piece : text.pieces(sentence)) {
                    line.add(piece.source() == null ? new Span(piece.text()) : figure(piece, links));
                }
                paragraph.add(line, new Span(" "));
            }
            box.add(paragraph);
        }
        section.tables().forEach(table -> box.add(table(table, text)));
        return box;
    }

    private static Anchor figure(ReportText.Piece piece, ReportLinks links) {
        Anchor link = new Anchor(links.href(Objects.requireNonNull(piece.source(), "a figure has its source")), piece.text());
        link.addClassName("report-figure");
        link.setTarget(AnchorTarget.DEFAULT);
        return link;
    }

    private static Component table(ReportTable table, ReportText text) {
        NativeTable grid = new NativeTable();
        grid.addClassName("report-table");
        grid.setCaptionText(text.plain(table.title()));
        NativeTableRow head = grid.getHead().addRow();
        table.columnKeys().forEach(key -> head.addHeaderCell().setText(text.label(key)));
        for (List<Figure> row : table.rows()) {
            NativeTableRow line = grid.getBody().addRow();
            for (Figure figure : row) {
                var cell = line.addDataCell();
                cell.setText(text.figure(figure));
                if (figure.numeric()) {
                    cell.addClassName("number");
                }
            }
        }
        return grid;
    }

    private static String fileName(ReportPeriod period) {
        return "bao-cao-" + (period.wholeTerm() ? period.term().label() : period.year()) + ".docx";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.report") + " · " + getTranslation("app.name");
    }
}
