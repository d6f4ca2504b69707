package vn.dangbo.dashboard.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import vn.dangbo.dashboard.base.print.PdfPrinter;

/**
 * *Tải PDF* in the header: the page on screen as the document *In* prints, made on the server ({@link PdfPrinter}).
 * Named by the page ("xep-loai-2019.pdf" from the address); a failure says why in the person's language.
 */
final class PdfLink {
    private PdfLink() {
    }

    /** {@code address}: where the page is now, as the person sees it (path within the committee, and query). */
    static Anchor of(PdfPrinter printer, Supplier<String> address) {
        Anchor link = new Anchor();
        link.setHref(DownloadHandler.fromInputStream(event -> {
            UI ui = event.getOwningComponent().getUI().orElse(null);
            String at = address.get();
            String root = event.getRequest().getContextPath();
            try {
                byte[] pdf = printer.print(root + "/" + at, ui == null ? java.util.Locale.of("vi", "VN") : ui.getLocale());
                return new DownloadResponse(new ByteArrayInputStream(pdf), fileName(at), "application/pdf", pdf.length);
            } catch (PdfPrinter.PrintFailed failed) {
                if (ui != null) {
                    ui.access(() -> Notification.show(ui.getTranslation(failed.key()), 6000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR));
                }
                return DownloadResponse.error(503, failed.key());
            }
        }), AttachmentType.DOWNLOAD);
        link.add(VaadinIcon.FILE_TEXT_O.create());
        link.add(link.getTranslation("layout.pdf"));
        link.setId("download-pdf");
        link.addClassName("pdf-link");
        link.getElement().setAttribute("title", link.getTranslation("layout.pdf.title"));
        return link;
    }

    /** "ratings?year=2019" as "ratings-2019.pdf"; the overview as "tong-quan.pdf". */
    static String fileName(String address) {
        String name = address.replaceAll("[?&][a-z-]+=", "-").replaceAll("[^A-Za-z0-9-]+", "-")
                .replaceAll("-+", "-").replaceAll("^-|-$", "");
        return (name.isEmpty() ? "tong-quan" : name) + ".pdf";
    }
}
