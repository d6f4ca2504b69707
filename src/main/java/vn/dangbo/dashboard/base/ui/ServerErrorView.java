package vn.dangbo.dashboard.base.ui;

import vn.dangbo.dashboard.base.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A failure while opening a view: the person sees a message in their language; the details go to the log. */
@ParentLayout(MainLayout.class)
@PermitAll
public class ServerErrorView extends ErrorPage implements HasErrorParameter<Exception> {
    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    ServerErrorView(CurrentUser currentUser) {
        super(currentUser);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Lỗi khi mở {}", event.getLocation().getPath(), parameter.getCaughtException());
        show(getTranslation("error.server.title"), getTranslation("error.server.text"));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
