package vn.dangbo.dashboard.base.ui;

import vn.dangbo.dashboard.base.security.CurrentUser;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page the signed-in user's role does not allow: said plainly — which role, which page, in words, never its
 * address — with nothing of the page's data, and the way to a page they may open.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    private final java.util.Optional<vn.dangbo.dashboard.base.security.Role> role;

    AccessDeniedView(CurrentUser currentUser) {
        super(currentUser);
        this.role = currentUser.get().map(vn.dangbo.dashboard.base.security.SignedInUser::role);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        setId("access-denied");
        show(getTranslation("error.denied.title"), getTranslation("error.denied.text",
                role.map(r -> getTranslation("role." + r)).orElse(""), PageNames.of(event.getLocation().getPath(), this::getTranslation)));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
