package vn.dangbo.dashboard.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** A page the signed-in user's role does not allow: said plainly, with nothing of the page's data. */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        setId("access-denied");
        show(getTranslation("error.denied.title"),
                getTranslation("error.denied.text", "/" + event.getLocation().getPath()));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
