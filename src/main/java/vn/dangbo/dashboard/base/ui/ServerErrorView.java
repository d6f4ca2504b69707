package vn.dangbo.dashboard.base.ui;

import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
public class ServerErrorView extends VerticalLayout implements HasErrorParameter<Exception> {
    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Lỗi khi mở {}", event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        addClassName("error-view");
        add(new H2(getTranslation("error.server.title")), new Paragraph(getTranslation("error.server.text")),
                new Anchor("", getTranslation("error.back-to-overview")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
