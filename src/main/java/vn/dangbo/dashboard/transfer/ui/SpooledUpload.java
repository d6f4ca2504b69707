package vn.dangbo.dashboard.transfer.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Receives uploaded files of at most {@code maxBytes} each into temporary files, whatever their size never more than
 * a buffer in memory; a longer body is refused (its file removed) after {@code maxBytes + 1} bytes, a declared size
 * over the limit before any. Each file is handed over in the UI's lock; whoever takes it removes it when done.
 */
final class SpooledUpload implements UploadHandler {
    private final long maxBytes;
    private final BiConsumer<String, Path> received;
    private final Runnable refused;

    SpooledUpload(long maxBytes, BiConsumer<String, Path> received, Runnable refused) {
        this.maxBytes = maxBytes;
        this.received = received;
        this.refused = refused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        Path file = event.getFileSize() > maxBytes ? null : spool(event);
        if (file == null) {
            event.reject(BoundedUpload.TOO_LARGE);
            event.getUI().access(refused::run);
            return;
        }
        String name = event.getFileName();
        event.getUI().access(() -> received.accept(name, file));
    }

    /** The body in a temporary file, or null when it is longer than the limit. */
    private @Nullable Path spool(UploadEvent event) throws IOException {
        Path file = Files.createTempFile("dangbo-upload-", ".part");
        long copied;
        try (InputStream in = event.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
            copied = in.transferTo(new LimitedOutput(out, maxBytes + 1));
        } catch (LimitedOutput.Exceeded tooLong) {
            copied = maxBytes + 1;
        }
        if (copied > maxBytes) {
            Files.deleteIfExists(file);
            return null;
        }
        return file;
    }

    @Override
    public long getRequestSizeMax() {
        return -1;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    /** Stops a copy once more than the limit has been written. */
    private static final class LimitedOutput extends OutputStream {
        private final OutputStream out;
        private final long limit;
        private long written;

        LimitedOutput(OutputStream out, long limit) {
            this.out = out;
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (written + length > limit) {
                throw new Exceeded();
            }
            out.write(bytes, offset, length);
            written += length;
        }

        static final class Exceeded extends IOException {
        }
    }
}
