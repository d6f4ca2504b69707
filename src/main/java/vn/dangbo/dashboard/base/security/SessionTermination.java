package vn.dangbo.dashboard.base.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends a user's open sessions when their account is disabled or their password is reset or changed. At once the
 * sign-in is taken out of each session, so not one more request is answered as that user (an open page's push
 * connection included, which no filter sees), and every page they have open is sent to the sign-in page; a moment
 * later, once that has reached the browser, the session itself is invalidated. The session that made the change is
 * kept. A session Vaadin closes for being idle (see {@code vaadin.closeIdleSessions}) loses its sign-in too.
 */
@Component
@ConditionalOnWebApplication
class SessionTermination implements VaadinServiceInitListener {
    private static final Logger log = LoggerFactory.getLogger(SessionTermination.class);
    private static final String SIGN_IN = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;
    private static final long INVALIDATE_AFTER_SECONDS = 3;
    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "session-termination");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.add(init.getSession()));
        event.getSource().addSessionDestroyListener(destroy -> {
            sessions.remove(destroy.getSession());
            invalidate(destroy.getSession().getSession());
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void revoke(SignInRevoked revoked) {
        VaadinSession current = VaadinSession.getCurrent();
        sessions.stream().filter(session -> session != current && revoked.username().equalsIgnoreCase(username(session)))
                .forEach(this::end);
    }

    private void end(VaadinSession session) {
        WrappedSession http = session.getSession();
        if (http == null) {
            return;
        }
        try {
            http.removeAttribute(SIGN_IN);
        } catch (IllegalStateException alreadyInvalid) {
            return;
        }
        session.access(() -> session.getUIs().forEach(ui -> ui.getPage().setLocation("login")));
        later.schedule(() -> invalidateUnlessSignedInAgain(http), INVALIDATE_AFTER_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Vaadin closes a session left idle too long (its page's heartbeat is not use) but keeps the HTTP session, where
     * the sign-in lives: that goes too, so the page's reload lands on the sign-in page.
     */
    private static void invalidate(WrappedSession http) {
        if (http == null) {
            return;
        }
        try {
            http.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            log.debug("The session had ended already", alreadyInvalid);
        }
    }

    private static void invalidateUnlessSignedInAgain(WrappedSession http) {
        try {
            if (http.getAttribute(SIGN_IN) != null) {
                return;
            }
        } catch (IllegalStateException alreadyInvalid) {
            return;
        }
        invalidate(http);
    }

    private static @Nullable String username(VaadinSession session) {
        WrappedSession http = session.getSession();
        if (http == null) {
            return null;
        }
        try {
            return http.getAttribute(SIGN_IN) instanceof SecurityContext context && context.getAuthentication() != null
                    ? context.getAuthentication().getName() : null;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }
}
