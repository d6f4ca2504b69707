package vn.dangbo.dashboard.transfer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import vn.dangbo.dashboard.base.i18n.Message;
import vn.dangbo.dashboard.base.ui.Grids;
import vn.dangbo.dashboard.organisation.CommitteeScope;
import vn.dangbo.dashboard.transfer.DataExport;
import vn.dangbo.dashboard.transfer.FileOutcome;
import vn.dangbo.dashboard.transfer.ImportRefused;
import vn.dangbo.dashboard.transfer.ImportReport;
import vn.dangbo.dashboard.transfer.ImportService;

/**
 * A province's files: every commune's workbook in one download (a .zip, one workbook per commune, each importing
 * back as that commune), and many communes' workbooks imported in one go, each all or nothing, with one summary.
 */
class CommunesImport extends Div {
    private final ImportService imports;
    private final TaskExecutor background;
    private final List<Received> received = new ArrayList<>();
    private final Paragraph status = new Paragraph();
    private final ProgressBar progress = new ProgressBar();
    private final Div result = new Div();
    private final Button importAll = new Button();

    CommunesImport(ImportService imports, DataExport export, TaskExecutor background) {
        this.imports = imports;
        this.background = background;
        setId("communes-import");
        Anchor everyCommune = new Anchor((DownloadHandler) event -> {
            event.setFileName("cac-dang-bo-xa.zip");
            event.setContentType("application/zip");
            UI ui = event.getUI();
            export.writeCommuneWorkbooks(event.getOutputStream(), (number, of, name) -> ui.access(() -> {
                status.setText(getTranslation(number == of ? "import.communes.exported" : "import.communes.exporting",
                        String.valueOf(number == of ? of : number), String.valueOf(of), name));
                show(number, of);
            }));
        }, AttachmentType.DOWNLOAD, getTranslation("import.communes.export"));
        everyCommune.setId("export-communes");
        Upload upload = new Upload(new SpooledUpload(ImportService.MAX_ARCHIVE_BYTES, this::receive, () ->
                status.setText(getTranslation("import.communes.archive-too-large"))));
        upload.setId("communes-upload");
        upload.setAcceptedFileTypes(".xlsx", ".zip");
        upload.setMaxFiles(200);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, ImportService.MAX_ARCHIVE_BYTES));
        progress.setId("communes-progress");
        progress.setVisible(false);
        addDetachListener(e -> forget(received));
        upload.setI18n(UploadTexts.of(this));
        status.setId("communes-received");
        importAll.setId("communes-import-all");
        importAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importAll.setVisible(false);
        importAll.addClickListener(e -> importAll());
        result.setId("communes-result");
        add(new H3(getTranslation("import.communes.title")), new Paragraph(getTranslation("import.communes.intro")),
                everyCommune, upload, status, progress, importAll, result);
    }

    /** A file received, waiting in a temporary file to be imported. */
    record Received(String name, Path file) {
        boolean isArchive() {
            return name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
        }
    }

    void receive(String name, Path file) {
        received.add(new Received(name, file));
        status.setText(getTranslation("import.communes.received", String.valueOf(received.size())));
        importAll.setText(getTranslation("import.communes.confirm", String.valueOf(received.size())));
        importAll.setVisible(true);
    }

    /** Imports the files in the background, one after the other; the summary arrives by push. */
    private void importAll() {
        List<Received> files = List.copyOf(received);
        received.clear();
        importAll.setVisible(false);
        result.removeAll();
        UI ui = UI.getCurrent();
        long scope = CommitteeScope.currentId();
        FileOutcome.Progress told = (number, of, name) -> ui.access(() -> {
            status.setText(getTranslation("import.communes.importing", String.valueOf(number), String.valueOf(of), name));
            show(number - 1, of);
        });
        background.execute(new DelegatingSecurityContextRunnable(() -> {
            try (CommitteeScope.Entered ignored = CommitteeScope.serve(scope)) {
                List<FileOutcome> outcomes = importEach(files, told);
                ui.access(() -> summary(outcomes));
            } finally {
                forget(files);
            }
        }));
    }

    /** A .zip as the communes' workbooks it holds, a workbook as itself (one over the size limit refused alone). */
    private List<FileOutcome> importEach(List<Received> files, FileOutcome.Progress told) {
        List<FileOutcome> outcomes = new ArrayList<>();
        for (Received file : files) {
            try {
                if (file.isArchive()) {
                    outcomes.addAll(imports.importArchive(file.file(), told));
                } else if (Files.size(file.file()) > ImportService.MAX_FILE_BYTES) {
                    outcomes.add(FileOutcome.refused(file.name(), new Message(BoundedUpload.TOO_LARGE)));
                } else {
                    outcomes.addAll(imports.importFiles(List.of(new FileOutcome.Upload(file.name(),
                            Files.readAllBytes(file.file()))), told));
                }
            } catch (ImportRefused refused) {
                outcomes.add(FileOutcome.refused(file.name(), refused.message()));
            } catch (IOException unreadable) {
                outcomes.add(FileOutcome.refused(file.name(), new Message("import.error.not-a-spreadsheet")));
            }
        }
        return outcomes;
    }

    private void show(int done, int of) {
        progress.setVisible(done < of);
        progress.setValue(of == 0 ? 1 : (double) done / of);
    }

    private static void forget(List<Received> files) {
        for (Received file : files) {
            try {
                Files.deleteIfExists(file.file());
            } catch (IOException stays) {
                // A temporary file the system removes in time.
            }
        }
    }

    private void summary(List<FileOutcome> outcomes) {
        progress.setVisible(false);
        long imported = outcomes.stream().filter(FileOutcome::isImported).count();
        status.setText(getTranslation("import.communes.done", String.valueOf(imported), String.valueOf(outcomes.size() - imported)));
        Grid<FileOutcome> grid = new Grid<>();
        grid.setId("communes-outcomes");
        grid.addColumn(FileOutcome::fileName).setHeader(getTranslation("import.communes.file"));
        grid.addColumn(this::outcome)
                .setHeader(getTranslation("import.communes.outcome"))
                .setPartNameGenerator(o -> o.isImported() ? null : "below-standard");
        grid.setItems(outcomes);
        grid.setAllRowsVisible(true);
        result.add(Grids.scrollSideways(grid));
    }

    /** What became of a file: imported (changing something or nothing), or refused and why. */
    private String outcome(FileOutcome outcome) {
        ImportReport report = outcome.report();
        Message refusal = outcome.refusal();
        if (report != null) {
            return getTranslation(report.changedAnything() ? "import.ok" : "import.nothing");
        }
        return refusal == null ? "" : getTranslation(refusal.key(), refusal.parameters());
    }
}
