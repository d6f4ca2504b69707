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
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import vn.dangbo.dashboard.base.ui.Grids;
import vn.dangbo.dashboard.organisation.CommitteeScope;
import vn.dangbo.dashboard.transfer.DataExport;
import vn.dangbo.dashboard.transfer.FileOutcome;
import vn.dangbo.dashboard.transfer.ImportService;

/**
 * A province's files: every commune's workbook in one download (a .zip, one workbook per commune, each importing
 * back as that commune), and many communes' workbooks imported in one go, each all or nothing, with one summary.
 */
class CommunesImport extends Div {
    private final ImportService imports;
    private final TaskExecutor background;
    private final List<FileOutcome.Upload> received = new ArrayList<>();
    private final Paragraph status = new Paragraph();
    private final Div result = new Div();
    private final Button importAll = new Button();

    CommunesImport(ImportService imports, DataExport export, TaskExecutor background) {
        this.imports = imports;
        this.background = background;
        setId("communes-import");
        Anchor everyCommune = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = zip(export.communeWorkbooks());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "cac-dang-bo-xa.zip", "application/zip", bytes.length);
        }), AttachmentType.DOWNLOAD, getTranslation("import.communes.export"));
        everyCommune.setId("export-communes");
        Upload upload = new Upload(new BoundedUpload(ImportService.MAX_FILE_BYTES, this::receive, () ->
                status.setText(getTranslation(BoundedUpload.TOO_LARGE))));
        upload.setId("communes-upload");
        upload.setAcceptedFileTypes(".xlsx");
        upload.setMaxFiles(200);
        upload.setMaxFileSize(ImportService.MAX_FILE_BYTES);
        upload.setI18n(UploadTexts.of(this));
        status.setId("communes-received");
        importAll.setId("communes-import-all");
        importAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importAll.setVisible(false);
        importAll.addClickListener(e -> importAll());
        result.setId("communes-result");
        add(new H3(getTranslation("import.communes.title")), new Paragraph(getTranslation("import.communes.intro")),
                everyCommune, upload, status, importAll, result);
    }

    void receive(String name, byte[] bytes) {
        received.add(new FileOutcome.Upload(name, bytes));
        status.setText(getTranslation("import.communes.received", String.valueOf(received.size())));
        importAll.setText(getTranslation("import.communes.confirm", String.valueOf(received.size())));
        importAll.setVisible(true);
    }

    /** Imports the files in the background, one after the other; the summary arrives by push. */
    private void importAll() {
        List<FileOutcome.Upload> files = List.copyOf(received);
        received.clear();
        importAll.setVisible(false);
        result.removeAll();
        UI ui = UI.getCurrent();
        long scope = CommitteeScope.currentId();
        background.execute(new DelegatingSecurityContextRunnable(() -> {
            try (CommitteeScope.Entered ignored = CommitteeScope.serve(scope)) {
                List<FileOutcome> outcomes = imports.importFiles(files, (number, of, name) -> ui.access(() ->
                        status.setText(getTranslation("import.communes.importing", String.valueOf(number), String.valueOf(of), name))));
                ui.access(() -> summary(outcomes));
            }
        }));
    }

    private void summary(List<FileOutcome> outcomes) {
        long imported = outcomes.stream().filter(FileOutcome::isImported).count();
        status.setText(getTranslation("import.communes.done", String.valueOf(imported), String.valueOf(outcomes.size() - imported)));
        Grid<FileOutcome> grid = new Grid<>();
        grid.setId("communes-outcomes");
        grid.addColumn(FileOutcome::fileName).setHeader(getTranslation("import.communes.file"));
        grid.addColumn(o -> o.isImported()
                        ? getTranslation(o.report().changedAnything() ? "import.ok" : "import.nothing")
                        : getTranslation(o.refusal().key(), o.refusal().parameters()))
                .setHeader(getTranslation("import.communes.outcome"))
                .setPartNameGenerator(o -> o.isImported() ? null : "below-standard");
        grid.setItems(outcomes);
        grid.setAllRowsVisible(true);
        result.add(Grids.scrollSideways(grid));
    }

    /** One workbook per commune, named by its code. */
    static byte[] zip(Map<String, byte[]> workbooks) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> workbook : workbooks.entrySet()) {
                zip.putNextEntry(new ZipEntry(workbook.getKey() + ".xlsx"));
                zip.write(workbook.getValue());
                zip.closeEntry();
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }
}
