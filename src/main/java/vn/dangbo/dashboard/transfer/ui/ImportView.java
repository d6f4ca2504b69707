package vn.dangbo.dashboard.transfer.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import vn.dangbo.dashboard.base.i18n.Formats;
import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.base.table.TableFiles;
import vn.dangbo.dashboard.base.ui.Grids;
import vn.dangbo.dashboard.organisation.CommitteeScope;
import vn.dangbo.dashboard.transfer.DataExport;
import vn.dangbo.dashboard.transfer.ImportPreview;
import vn.dangbo.dashboard.transfer.ImportProblem;
import vn.dangbo.dashboard.transfer.ImportRefused;
import vn.dangbo.dashboard.transfer.ImportRejected;
import vn.dangbo.dashboard.transfer.ImportReport;
import vn.dangbo.dashboard.transfer.ImportService;
import vn.dangbo.dashboard.transfer.ImportSheet;
import vn.dangbo.dashboard.transfer.ImportTemplate;
import vn.dangbo.dashboard.transfer.RowChange;

/**
 * The office brings its sheets in: template, upload, preview with every problem, then import all or nothing; and
 * takes everything out in the same shape.
 */
@Route("import")
@Menu(order = 5, icon = "vaadin:upload", title = "menu.import")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK})
class ImportView extends VerticalLayout implements HasDynamicTitle {
    private static final Logger log = LoggerFactory.getLogger(ImportView.class);
    private final ImportService imports;
    private final TaskExecutor background;
    private final Div result = new Div();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph progressText = new Paragraph();
    private byte @Nullable [] file;
    private String fileName = "";

    /**
     * @param background the application's task executor, by name: the scheduler (the brief's e-mail) is a task
     *                   executor too, and an import must not wait behind a scheduled job
     */
    ImportView(ImportService imports, DataExport export,
               @org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor") TaskExecutor background) {
        this.imports = imports;
        this.background = background;
        progress.setId("import-progress");
        progressText.setId("import-progress-text");
        addClassName("dashboard-view");
        result.setId("import-result");
        Anchor template = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = ImportTemplate.xlsx();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "mau-nhap-du-lieu.xlsx", TableFiles.XLSX_TYPE, bytes.length);
        }), AttachmentType.DOWNLOAD, getTranslation("import.template"));
        template.setId("import-template");
        Anchor everything = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = export.workbook();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "toan-bo-du-lieu.xlsx", TableFiles.XLSX_TYPE, bytes.length);
        }), AttachmentType.DOWNLOAD, getTranslation("import.export-all"));
        everything.setId("export-all");
        Upload upload = new Upload(new BoundedUpload(ImportService.MAX_FILE_BYTES, this::receive, () -> {
            result.removeAll();
            result.add(message("import-refused", getTranslation(BoundedUpload.TOO_LARGE), true));
        }));
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".xlsx", ".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ImportService.MAX_FILE_BYTES);
        upload.setI18n(UploadTexts.of(this));
        upload.addFileRejectedListener(e -> {
            result.removeAll();
            result.add(message("import-refused", e.getErrorMessage(), true));
        });
        add(new H2(getTranslation("import.title")), new Paragraph(getTranslation("import.intro")),
                new Div(template, new Text(" · "), everything), upload, result);
        if (imports.communesUnderPage()) {
            add(new CommunesImport(imports, export, background));
        }
    }

    /** A file has arrived: check it and show what it would do. */
    void receive(String name, byte[] bytes) {
        result.removeAll();
        file = bytes;
        fileName = name;
        try {
            show(imports.preview(bytes, name));
        } catch (ImportRefused refused) {
            result.add(message("import-refused", getTranslation(refused.key(), refused.parameters()), true));
        } catch (RuntimeException unexpected) {
            log.error("Preview of {} failed", name, unexpected);
            file = null;
            result.add(message("import-refused", getTranslation("import.preview-failed"), true));
        }
    }

    private void show(ImportPreview preview) {
        UnorderedList counts = new UnorderedList();
        counts.setId("import-counts");
        ImportReport wouldDo = preview.wouldDo();
        preview.rows().forEach((sheet, rows) -> counts.add(new ListItem(preview.importable()
                ? getTranslation("import.rows-would", sheet.title(), String.valueOf(rows), String.valueOf(wouldDo.added(sheet)),
                        String.valueOf(wouldDo.changed(sheet)), String.valueOf(wouldDo.unchanged(sheet)))
                : getTranslation("import.rows", sheet.title(), String.valueOf(rows)))));
        result.add(counts);
        preview.warnings().forEach(w -> result.add(message(null, getTranslation(w.key(), w.parameters()), false)));
        if (!preview.importable()) {
            result.add(message("import-problems-count", getTranslation("import.problems", String.valueOf(preview.problemCount())), true));
            if (preview.problemCount() > preview.problems().size()) {
                result.add(message("import-problems-shown", getTranslation("import.first-problems",
                        String.valueOf(preview.problems().size())), false));
            }
            result.add(problems(preview));
            return;
        }
        if (!wouldDo.changedAnything()) {
            result.add(message("import-same", getTranslation("import.nothing-to-do"), false));
        }
        if (!preview.changes().isEmpty()) {
            result.add(message("import-changes-count", getTranslation("import.changes",
                    String.valueOf(preview.changeCount())), false), changes(preview));
            if (preview.changeCount() > preview.changes().size()) {
                result.add(message("import-changes-shown", getTranslation("import.first-changes",
                        String.valueOf(preview.changes().size())), false));
            }
        }
        Button confirm = new Button(getTranslation("import.confirm"), e -> importNow());
        confirm.setId("import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.add(confirm);
    }

    /** Each recorded value the import would replace, so an older file cannot undo a correction unseen. */
    private Grid<RowChange> changes(ImportPreview preview) {
        Grid<RowChange> grid = new Grid<>();
        grid.setId("import-changes");
        grid.addColumn(RowChange::sheet).setHeader(getTranslation("import.sheet")).setAutoWidth(true);
        grid.addColumn(RowChange::row).setHeader(getTranslation("import.row")).setAutoWidth(true);
        grid.addColumn(RowChange::key).setHeader(getTranslation("import.key")).setAutoWidth(true);
        grid.addColumn(RowChange::column).setHeader(getTranslation("import.column")).setAutoWidth(true);
        grid.addColumn(RowChange::recorded).setHeader(getTranslation("import.recorded"));
        grid.addColumn(RowChange::inFile).setHeader(getTranslation("import.in-file"));
        Grids.scrollSideways(grid);
        grid.setItems(preview.changes());
        return fitted(grid, preview.changes().size());
    }

    private Grid<ImportProblem> problems(ImportPreview preview) {
        Grid<ImportProblem> grid = new Grid<>();
        grid.setId("import-problems");
        grid.addColumn(ImportProblem::sheet).setHeader(getTranslation("import.sheet")).setAutoWidth(true);
        grid.addColumn(ImportProblem::row).setHeader(getTranslation("import.row")).setAutoWidth(true);
        grid.addColumn(ImportProblem::column).setHeader(getTranslation("import.column")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation(p.reason().key(), p.reason().parameters())).setHeader(getTranslation("import.reason"));
        Grids.scrollSideways(grid);
        grid.setItems(preview.problems());
        return fitted(grid, preview.problems().size());
    }

    /**
     * Imports in the background, the page showing how many rows are written; the result arrives by push. The
     * signed-in user goes along, for the audit log.
     */
    private void importNow() {
        result.removeAll();
        progress.setValue(0);
        progressText.setText(getTranslation("import.writing"));
        result.add(progressText, progress);
        UI ui = UI.getCurrent();
        byte[] bytes = file;
        String name = fileName;
        long scope = CommitteeScope.currentId();
        background.execute(new DelegatingSecurityContextRunnable(() -> {
            try (CommitteeScope.Entered ignored = CommitteeScope.serve(scope)) {
                ImportReport report = imports.importFile(bytes, name, (written, total) -> ui.access(() -> {
                    progress.setValue(total == 0 ? 1 : (double) written / total);
                    progressText.setText(getTranslation("import.written", Formats.number(written, getLocale()),
                            Formats.number(total, getLocale())));
                }));
                ui.access(() -> showDone(report));
            } catch (ImportRejected | ImportRefused failed) {
                ui.access(() -> showFailed(getTranslation(failed.key(), failed.parameters())));
            } catch (RuntimeException unexpected) {
                log.error("Import of {} failed", name, unexpected);
                ui.access(() -> showFailed(getTranslation("import.failed")));
            }
        }));
    }

    private void showDone(ImportReport report) {
        result.removeAll();
        UnorderedList done = new UnorderedList();
        done.setId("import-done");
        for (ImportSheet sheet : ImportSheet.values()) {
            if (report.counts().containsKey(sheet)) {
                done.add(new ListItem(getTranslation("import.done", sheet.title(), String.valueOf(report.added(sheet)),
                        String.valueOf(report.changed(sheet)), String.valueOf(report.unchanged(sheet)))));
            }
        }
        result.add(message("import-ok", getTranslation(report.changedAnything() ? "import.ok" : "import.nothing"), false), done);
    }

    private void showFailed(String reason) {
        result.removeAll();
        result.add(message("import-refused", reason, true));
    }

    /** A short list shown whole; a long one scrolls instead of growing the page. */
    private static <T> Grid<T> fitted(Grid<T> grid, int rows) {
        if (rows <= 20) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("30em");
        }
        return grid;
    }

    private static Paragraph message(@Nullable String id, String text, boolean error) {
        Paragraph paragraph = new Paragraph(text);
        if (id != null) {
            paragraph.setId(id);
        }
        paragraph.addClassName(error ? "page-error" : "page-notice");
        return paragraph;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.import") + " · " + getTranslation("app.name");
    }
}
