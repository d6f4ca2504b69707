package vn.dangbo.dashboard.users;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import vn.dangbo.dashboard.base.i18n.Message;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import vn.dangbo.dashboard.audit.AuditService;
import vn.dangbo.dashboard.base.security.SignInThrottle;

/**
 * Every sign-in goes to the audit log; failures count towards locking the account and towards slowing down the
 * client they came from.
 */
@Component
class SignInListener {
    private final UserService users;
    private final AuditService audit;
    private final SignInThrottle throttle;

    SignInListener(UserService users, AuditService audit, SignInThrottle throttle) {
        this.users = users;
        this.audit = audit;
        this.throttle = throttle;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        users.recordSignIn(username);
        audit.recordForAccount(users.grantOf(username).orElse(null), username, "SIGN_IN", null);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        String client = client(event.getAuthentication());
        throttle.failed(client);
        boolean known = users.recordFailedSignIn(username);
        audit.recordSignInFailure(username, users.grantOf(username), known, client, reason(event.getException()));
    }

    /** Why a sign-in failed, in words the administrator reads (never the exception's name). */
    static Message reason(AuthenticationException failure) {
        String reason = switch (failure) {
            case BadCredentialsException bad -> "bad-credentials";
            case LockedException locked -> "locked";
            case DisabledException disabled -> "disabled";
            case CredentialsExpiredException expired -> "expired";
            default -> "other";
        };
        return new Message("audit.reason." + reason);
    }

    private static String client(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "?";
    }
}
