package vn.dangbo.dashboard.base.security;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.dangbo.dashboard.base.i18n.Formats;

/** Sign-in, in Vietnamese. Failed attempts count; five in a row lock the account for a while. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final LoginForm form = new LoginForm();
    private final Paragraph waitMessage = new Paragraph();
    private final CurrentUser currentUser;

    LoginView(CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts());
        H1 name = new H1(getTranslation("app.name"));
        name.addClassName("app-brand");
        waitMessage.setId("login-wait");
        waitMessage.addClassName("page-error");
        add(name, waitMessage, form, new Paragraph(getTranslation("login.help")));
    }

    private LoginI18n texts() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Signed in already (the browser's Back after signing in): the sign-in page has nothing to offer.
        if (currentUser.get().isPresent()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        waitMessage.setVisible(false);
        parameters.getOrDefault("wait", java.util.List.of()).stream().findFirst().filter(s -> s.matches("\\d{1,6}"))
                .ifPresent(seconds -> {
                    waitMessage.setText(getTranslation("login.throttled", Formats.number(Long.parseLong(seconds), getLocale())));
                    waitMessage.setVisible(true);
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
