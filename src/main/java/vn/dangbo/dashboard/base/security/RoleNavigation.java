package vn.dangbo.dashboard.base.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Sends each role where it belongs: someone with a one-time password to choose a new one first; the hall PC from
 * the start page to the slides; a cell secretary to their own cell. (The province's board lands on its communes:
 * MainLayout, which knows whether the page's committee has any.)
 */
@Component
@ConditionalOnWebApplication
public class RoleNavigation implements VaadinServiceInitListener {
    /** The change-password page's route: the users feature's view declares itself there, base knows the address. */
    public static final String CHANGE_PASSWORD = "change-password";
    /** The communes side by side: where the province's board starts. */
    public static final String COMMUNES = "communes";
    private final CurrentUser currentUser;

    RoleNavigation(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::route));
    }

    private void route(BeforeEnterEvent event) {
        SignedInUser user = currentUser.get().orElse(null);
        if (user == null || event.getNavigationTarget() == LoginView.class) {
            return;
        }
        if (user.mustChangePassword()) {
            if (!event.getLocation().getPath().equals(CHANGE_PASSWORD)) {
                event.rerouteTo(CHANGE_PASSWORD);
            }
            return;
        }
        if (event.getLocation().getPath().isEmpty()) {
            if (user.role() == Role.PRESENTER) {
                event.forwardTo("present");

            } else if (user.role() == Role.CELL_SECRETARY) {
                event.forwardTo("cells/" + user.cellCode());
            }
        }
    }
}
