package vn.dangbo.dashboard.transfer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** The upload field's own words (its button, drop zone, errors and progress) from the bundles, not its English. */
final class UploadTexts {

    private UploadTexts() {
    }

    static UploadI18N of(Component view) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t(view, "upload.add")).setMany(t(view, "upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t(view, "upload.drop")).setMany(t(view, "upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(t(view, "upload.too-big"))
                .setIncorrectFileType(t(view, "upload.wrong-type")).setTooManyFiles(t(view, "upload.too-many")));
        i18n.setFile(new UploadI18N.File().setRemove(t(view, "upload.remove")).setRetry(t(view, "upload.retry"))
                .setStart(t(view, "upload.start")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(t(view, "upload.connecting"))
                        .setStalled(t(view, "upload.stalled")).setProcessing(t(view, "upload.processing"))
                        .setHeld(t(view, "upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(t(view, "upload.remaining"))
                        .setUnknown(t(view, "upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(t(view, "upload.server-unavailable"))
                        .setUnexpectedServerError(t(view, "upload.server-error")).setForbidden(t(view, "upload.forbidden"))
                        .setFileTooLarge(t(view, "upload.too-big"))));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        return i18n;
    }

    private static String t(Component view, String key) {
        return view.getTranslation(key);
    }
}
