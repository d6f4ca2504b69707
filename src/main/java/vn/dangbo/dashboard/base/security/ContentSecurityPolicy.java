package vn.dangbo.dashboard.base.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * The Content-Security-Policy of the application's page, as strict as Vaadin allows: scripts only from this server
 * and only the page's own inline scripts, each marked with a nonce made anew for every page. A nonce makes the
 * browser ignore {@code 'unsafe-inline'}, so markup slipped into the data ({@code <img onerror=…>}) runs nothing,
 * and no script from elsewhere loads. Vaadin's client engine still needs {@code 'unsafe-eval'} (it runs the
 * server's {@code executeJs} as functions) and inline styles (its components and the charts set styles).
 * Every other response gets {@link #FOR_OTHER_RESPONSES} from {@link SecurityConfiguration}.
 */
@Component
@ConditionalOnWebApplication
class ContentSecurityPolicy implements VaadinServiceInitListener {
    static final String HEADER = "Content-Security-Policy";
    /** For downloads, errors and anything that is not the application's page: nothing runs, nothing loads. */
    static final String FOR_OTHER_RESPONSES = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    private final SecureRandom random = new SecureRandom();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            String nonce = nonce();
            response.getDocument().select("script").attr("nonce", nonce);
            response.getVaadinResponse().setHeader(HEADER, forPage(nonce));
        });
    }

    static String forPage(String nonce) {
        return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
                + "connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    }

    private String nonce() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
