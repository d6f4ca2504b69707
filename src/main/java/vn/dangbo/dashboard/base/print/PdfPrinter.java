package vn.dangbo.dashboard.base.print;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import vn.dangbo.dashboard.base.security.PrintSignIn;

/**
 * *Tải PDF*: a page of the application as the same document *In* prints, made on the server. The server starts the
 * machine's headless Chromium (Debian's {@code chromium}; path in {@code dangbo.pdf.chromium}), signs it in as the
 * person asking with a one-time token ({@link PrintSignIn}), opens the page on the loopback address, waits for its
 * charts, lays it out for the paper as *In* does, and prints it with the page's own @page rules (A4, header, page
 * numbers). Two at a time at most; a machine without Chromium offers no PDF.
 */
@Service
public class PdfPrinter {
    private static final Logger LOG = LoggerFactory.getLogger(PdfPrinter.class);
    /** Waits until the page's heading and every chart are drawn, lays the page out for the paper as *In* does. */
    static final String READY = """
            (async () => {
              const pause = (ms) => new Promise((done) => setTimeout(done, ms));
              const drawn = () => !!document.querySelector('vaadin-app-layout h2')
                  && [...document.querySelectorAll('dangbo-apex-chart')].every((chart) => chart.querySelector('svg'));
              for (let i = 0; i < 200 && !drawn(); i++) { await pause(100); }
              document.documentElement.classList.add('printing');
              window.dispatchEvent(new Event('resize'));
              await pause(1200);
              if (window.dangboWritePrintHeader) { window.dangboWritePrintHeader(); }
              return drawn();
            })()
            """;
    private final Path chromium;
    private final Duration timeout;
    private final Semaphore slots = new Semaphore(2);
    private final PrintSignIn signIn;
    private volatile int port;

    private final String context;

    PdfPrinter(@Value("${dangbo.pdf.chromium:/usr/bin/chromium}") String chromium,
               @Value("${dangbo.pdf.timeout-seconds:60}") int timeoutSeconds,
               @Value("${server.servlet.context-path:}") String context, PrintSignIn signIn) {
        this.chromium = Path.of(chromium);
        this.context = context.endsWith("/") ? context.substring(0, context.length() - 1) : context;
        this.timeout = Duration.ofSeconds(timeoutSeconds);
        this.signIn = signIn;
    }

    @EventListener
    void serving(WebServerInitializedEvent event) {
        port = event.getWebServer().getPort();
    }

    /** Whether this machine can make PDFs: Chromium is installed and the web server is listening. */
    public boolean available() {
        return port > 0 && Files.isExecutable(chromium);
    }

    /**
     * The page at {@code address} (its path from the server's root, with the committee's segment and the query, as
     * the person sees it) as a PDF, for the person signed in now, in their language.
     */
    public byte[] print(String address, Locale locale) throws PrintFailed {
        if (!available()) {
            throw new PrintFailed("pdf.error.unavailable");
        }
        if (!slots.tryAcquire()) {
            throw new PrintFailed("pdf.error.busy");
        }
        try (DevToolsPage page = DevToolsPage.open(chromium, locale.toLanguageTag(), timeout)) {
            String token = signIn.issue(address);
            page.send("Page.enable", Map.of());
            page.send("Page.navigate", Map.of("url", "http://127.0.0.1:" + port + context + PrintSignIn.PATH + "?token=" + token));
            if (!page.evaluate(READY).asBoolean(false)) {
                throw new PrintFailed("pdf.error.not-drawn");
            }
            String data = page.send("Page.printToPDF", Map.of("printBackground", true, "preferCSSPageSize", true))
                    .path("data").asString();
            return Base64.getDecoder().decode(data);
        } catch (IOException e) {
            LOG.warn("Could not print {} to PDF", address, e);
            throw new PrintFailed("pdf.error.failed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PrintFailed("pdf.error.failed");
        } finally {
            slots.release();
        }
    }

    /** Why no PDF was made, as a message key for the person who asked. */
    public static final class PrintFailed extends Exception {
        private final String key;

        PrintFailed(String key) {
            super(key);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}
