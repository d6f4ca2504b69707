package vn.dangbo.dashboard.base.ui;

import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.Locale;
import vn.dangbo.dashboard.base.i18n.AppLocales;
import vn.dangbo.dashboard.base.security.CurrentUser;

/** The application's frame: the committee and term in the header, the views in a side navigation. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    MainLayout(CommitteeHeading heading, CurrentUser currentUser) {
        setPrimarySection(Section.DRAWER);
        SideNav nav = navigation();
        currentUser.onlyCell().ifPresent(cell -> nav.addItem(new SideNavItem(getTranslation("menu.my-cell"), "cells/" + cell)));
        addToDrawer(brand(), nav);
        addToNavbar(new DrawerToggle(), header(heading), languageSwitch(), account(currentUser));
    }

    private Div account(CurrentUser currentUser) {
        Div account = new Div();
        account.addClassName("account");
        currentUser.get().ifPresent(user -> {
            Span name = new Span(user.displayName());
            name.setId("signed-in-user");
            Button password = new Button(getTranslation("layout.change-password"), e -> UI.getCurrent().navigate("change-password"));
            password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button signOut = new Button(getTranslation("layout.sign-out"), new Icon(VaadinIcon.SIGN_OUT), e -> currentUser.signOut());
            signOut.setId("sign-out");
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            account.add(name, password, signOut);
        });
        return account;
    }

    private Div brand() {
        H1 name = new H1(getTranslation("app.name"));
        name.addClassName("app-brand");
        return new Div(name);
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Div header(CommitteeHeading heading) {
        Span committee = new Span(heading.committeeName().orElse(getTranslation("layout.no-committee")));
        committee.addClassName("header-committee");
        Span term = new Span(heading.currentTerm()
                .map(t -> getTranslation("layout.term", String.valueOf(t.first()), String.valueOf(t.last())))
                .orElse(getTranslation("layout.no-term")));
        term.addClassName("header-term");
        Div header = new Div(committee, term);
        header.addClassName("app-header");
        return header;
    }

    private Button languageSwitch() {
        boolean english = "en".equals(getLocale().getLanguage());
        Button button = new Button(getTranslation(english ? "layout.language.vi" : "layout.language.en"),
                new Icon(VaadinIcon.GLOBE));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClassName("language-switch");
        button.addClickListener(e -> switchTo(english ? AppLocales.VIETNAMESE : AppLocales.ENGLISH));
        return button;
    }

    private static void switchTo(Locale locale) {
        UI ui = UI.getCurrent();
        ui.getSession().setAttribute(Locale.class, locale);
        ui.setLocale(locale);
        ui.getPage().reload();
    }
}
