package vn.dangbo.dashboard.transfer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** An upload is bounded however it is sent: nothing past the limit is read into memory. */
class BoundedUploadTest {
    private static final int LIMIT = 5 * 1024 * 1024;
    private final AtomicReference<byte[]> received = new AtomicReference<>();
    private final AtomicReference<Boolean> refused = new AtomicReference<>(false);
    private final BoundedUpload upload = new BoundedUpload(LIMIT, (name, bytes) -> received.set(bytes), () -> refused.set(true));

    /** A body of {@code length} bytes (700 MB if asked) that counts what is read of it, made up as it is read. */
    private static InputStream body(long length, AtomicLong read) {
        return new InputStream() {
            @Override
            public int read() {
                if (read.get() >= length) {
                    return -1;
                }
                read.incrementAndGet();
                return 'x';
            }

            @Override
            public int read(byte[] buffer, int offset, int count) {
                long left = length - read.get();
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(count, left);
                read.addAndGet(n);
                return n;
            }
        };
    }

    private static UploadEvent event(long declared, InputStream in) {
        UploadEvent event = mock(UploadEvent.class);
        UI ui = mock(UI.class);
        when(ui.access(any())).thenAnswer(call -> {
            ((Command) call.getArgument(0)).execute();
            return null;
        });
        when(event.getUI()).thenReturn(ui);
        when(event.getFileSize()).thenReturn(declared);
        when(event.getFileName()).thenReturn("tep.csv");
        when(event.getInputStream()).thenReturn(in);
        return event;
    }

    @Test
    void a_body_sent_without_a_size_and_far_over_the_limit_is_refused_after_the_limit_is_read() throws Exception {
        AtomicLong read = new AtomicLong();
        UploadEvent event = event(-1, body(700L * 1024 * 1024, read));

        upload.handleUploadRequest(event);

        assertThat(read.get()).isEqualTo(LIMIT + 1L);
        verify(event).reject(BoundedUpload.TOO_LARGE);
        assertThat(refused.get()).isTrue();
        assertThat(received.get()).isNull();
    }

    @Test
    void a_declared_size_over_the_limit_is_refused_before_reading_anything() throws Exception {
        AtomicLong read = new AtomicLong();
        UploadEvent event = event(LIMIT + 1L, body(LIMIT + 1L, read));

        upload.handleUploadRequest(event);

        assertThat(read.get()).isZero();
        verify(event).reject(BoundedUpload.TOO_LARGE);
    }

    @Test
    void a_file_of_exactly_the_limit_is_received_whole() throws Exception {
        AtomicLong read = new AtomicLong();
        UploadEvent event = event(LIMIT, body(LIMIT, read));

        upload.handleUploadRequest(event);

        verify(event, never()).reject(any());
        assertThat(received.get()).hasSize(LIMIT);
        assertThat(refused.get()).isFalse();
    }
}
