package vn.dangbo.dashboard.users;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import vn.dangbo.dashboard.audit.AuditService;

/** Every sign-in goes to the audit log; failures count towards locking the account. */
@Component
class SignInListener {
    private final UserService users;
    private final AuditService audit;

    SignInListener(UserService users, AuditService audit) {
        this.users = users;
        this.audit = audit;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        users.recordSignIn(username);
        audit.record(username, "SIGN_IN", null);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        users.recordFailedSignIn(username);
        audit.record(username, "SIGN_IN_FAILED", event.getException().getClass().getSimpleName());
    }
}
