package vn.dangbo.dashboard.transfer.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Receives one uploaded file of at most {@code maxBytes}, however it is sent — by the upload field, or straight to
 * its address with no multipart limit — without reading more than that into memory: a longer body is refused after
 * {@code maxBytes + 1} bytes, a declared size over the limit before any. The file is then handed over in the UI's
 * lock; a refused one as the message key {@value #TOO_LARGE}.
 */
final class BoundedUpload implements UploadHandler {
    static final String TOO_LARGE = "import.too-large";
    private final int maxBytes;
    private final BiConsumer<String, byte[]> received;
    private final Runnable refused;

    BoundedUpload(int maxBytes, BiConsumer<String, byte[]> received, Runnable refused) {
        this.maxBytes = maxBytes;
        this.received = received;
        this.refused = refused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        byte[] bytes = event.getFileSize() > maxBytes ? null : readAtMost(event);
        if (bytes == null) {
            event.reject(TOO_LARGE);
            event.getUI().access(refused::run);
            return;
        }
        String name = event.getFileName();
        event.getUI().access(() -> received.accept(name, bytes));
    }

    /** The body, or null when it is longer than the limit (then only the limit and one byte were read). */
    private byte @Nullable [] readAtMost(UploadEvent event) throws IOException {
        try (InputStream in = event.getInputStream()) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            return bytes.length > maxBytes ? null : bytes;
        }
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64 * 1024L;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
