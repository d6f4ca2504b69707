package vn.dangbo.dashboard.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Supplier;
import vn.dangbo.dashboard.base.table.Table;
import vn.dangbo.dashboard.base.table.TableFiles;

/** "Tải Excel" and "Tải CSV" for the table behind a dashboard, computed when clicked. */
public class DownloadLinks extends Div {

    public DownloadLinks(String id, String fileName, Supplier<List<Table>> tables) {
        setId(id);
        addClassName("download-links");
        Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = TableFiles.xlsx(tables.get());
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName + ".xlsx", TableFiles.XLSX_TYPE, bytes.length);
        }), AttachmentType.DOWNLOAD, getTranslation("export.xlsx"));
        xlsx.setId(id + "-xlsx");
        add(xlsx);
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = TableFiles.csv(tables.get().getFirst());
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName + ".csv", TableFiles.CSV_TYPE, bytes.length);
        }), AttachmentType.DOWNLOAD, getTranslation("export.csv"));
        csv.setId(id + "-csv");
        add(csv);
    }
}
