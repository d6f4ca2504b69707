package vn.dangbo.dashboard.base.ui;

import vn.dangbo.dashboard.base.security.CurrentUser;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Another committee's page: said plainly, with nothing of it (not even its name), and the way back to one's own
 * committee.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class CommitteeRefusedView extends ErrorPage implements HasErrorParameter<CommitteeRefused> {

    CommitteeRefusedView(CurrentUser currentUser) {
        super(currentUser);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<CommitteeRefused> parameter) {
        setId("committee-refused");
        CommitteeRefused refused = parameter.getException();
        Anchor back = new Anchor(refused.homeCode() == null ? CommitteeAddress.root() : CommitteeAddress.of(refused.homeCode(), ""),
                getTranslation("error.committee.back"));
        back.setRouterIgnore(true);
        show(getTranslation("error.committee.title"), getTranslation("error.committee.text"), back);
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
