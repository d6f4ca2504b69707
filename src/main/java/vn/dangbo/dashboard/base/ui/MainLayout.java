package vn.dangbo.dashboard.base.ui;

import vn.dangbo.dashboard.base.Today;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.Locale;
import vn.dangbo.dashboard.base.i18n.AppLocales;
import vn.dangbo.dashboard.base.print.PdfPrinter;
import vn.dangbo.dashboard.base.security.CurrentUser;

/**
 * The application's frame: the committee and term in the header, the views in a side navigation, the meeting mode's
 * switch and printing. On a phone the header keeps one line and the account's buttons move into the menu.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver, BeforeEnterObserver {
    /** The route of the communes side by side; base knows the address, the province feature the view. */
    public static final String COMMUNES = vn.dangbo.dashboard.base.security.RoleNavigation.COMMUNES;
    private final Button meetingSwitch = new Button();
    private final String committeeName;

    private String address = "";
    private final boolean hasCommunes;
    private final CurrentUser currentUser;
    /** Set in the session once the province's board has landed on its communes after signing in. */
    private static final String LANDED = MainLayout.class.getName() + ".landed";

    MainLayout(CommitteeHeading heading, CurrentUser currentUser, PdfPrinter pdfPrinter) {
        setPrimarySection(Section.DRAWER);
        committeeName = heading.committeeName().orElse("");
        hasCommunes = heading.hasCommunes();
        this.currentUser = currentUser;
        SideNav nav = navigation(heading.hasCommunes());
        currentUser.onlyCell().ifPresent(cell -> nav.addItem(new SideNavItem(getTranslation("menu.my-cell"), "cells/" + cell)));
        Div phoneMenu = new Div(languageSwitch("phone-language"), account(currentUser, "phone-"));
        phoneMenu.addClassName("phone-menu");
        addToDrawer(brand(), nav, phoneMenu);
        meetingSwitch.setId("meeting-mode");
        meetingSwitch.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        meetingSwitch.addClassName("meeting-switch");
        meetingSwitch.addClickListener(e -> meeting(!MeetingMode.isOn(UI.getCurrent().getSession())));
        Button print = new Button(getTranslation("layout.print"), new Icon(VaadinIcon.PRINT), e -> print());
        print.setId("print");
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        print.addClassName("print-button");
        Div actions = new Div(meetingSwitch, print);
        if (pdfPrinter.available()) {
            actions.add(PdfLink.of(pdfPrinter, () -> address));
        }
        actions.add(languageSwitch("language-switch"), account(currentUser, ""));
        actions.addClassName("header-actions");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu-toggle"));
        toggle.getElement().setAttribute("title", getTranslation("layout.menu-toggle"));
        addToNavbar(toggle, header(heading), actions);
    }

    /**
     * The province's board, just signed in, lands on its communes side by side rather than on the province's own
     * overview, which it may open from the menu afterwards; on a commune's page it lands on the commune's overview.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var session = event.getUI().getSession();
        boolean province = currentUser.get().map(u -> u.role() == vn.dangbo.dashboard.base.security.Role.PROVINCE).orElse(false);
        if (province && hasCommunes && event.getLocation().getPath().isEmpty() && session.getAttribute(LANDED) == null) {
            session.setAttribute(LANDED, Boolean.TRUE);
            event.forwardTo(COMMUNES);
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        UI ui = UI.getCurrent();
        address = event.getLocation().getPathWithQueryParameters();
        MeetingMode.askedBy(event.getLocation().getQueryParameters())
                .ifPresent(on -> ui.getSession().setAttribute(MeetingMode.class.getName(), on));
        showMeeting(MeetingMode.isOn(ui.getSession()));
        String day = Today.inVietnam().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        PrintHeader.write(ui, committeeName, getTranslation("layout.printed", day));
    }

    private void meeting(boolean on) {
        MeetingMode.set(UI.getCurrent(), on);
        showMeeting(on);
    }

    private void showMeeting(boolean on) {
        MeetingMode.show(UI.getCurrent(), on);
        setDrawerOpened(!on);
        meetingSwitch.setText(getTranslation(on ? "layout.meeting.off" : "layout.meeting.on"));
        meetingSwitch.setIcon(new Icon(on ? VaadinIcon.COMPRESS : VaadinIcon.PRESENTATION));
    }

    /** Prints the page laid out for A4 landscape paper, with its header and page numbers ({@link PrintHeader}). */
    private void print() {
        PrintHeader.print(UI.getCurrent());
    }

    /** The signed-in user, changing the password and signing out; {@code prefix} tells the phone menu's copy apart. */
    private Div account(CurrentUser currentUser, String prefix) {
        Div account = new Div();
        account.addClassName("account");
        currentUser.get().ifPresent(user -> {
            Span name = new Span(user.displayName());
            name.setId(prefix + "signed-in-user");
            name.addClassName("signed-in-user");
            Button password = new Button(getTranslation("layout.change-password"), e -> UI.getCurrent().navigate("change-password"));
            password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button signOut = new Button(getTranslation("layout.sign-out"), new Icon(VaadinIcon.SIGN_OUT), e -> currentUser.signOut());
            signOut.setId(prefix + "sign-out");
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

    /** The views' menu; the communes side by side only where there are communes under the committee shown. */
    private SideNav navigation(boolean communes) {
        SideNav nav = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (!communes && entry.path().equals(COMMUNES)) {
                continue;
            }
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    /**
     * The committee shown, after the committee above it (a link to its communes side by side), and a picker of the
     * others the user may open; a committee is opened as a page of its own, its address under the committee's code.
     */
    private Div header(CommitteeHeading heading) {
        Span committee = new Span(heading.committeeName().orElse(getTranslation("layout.no-committee")));
        committee.addClassName("header-committee");
        committee.setId("header-committee");
        Div line = new Div();
        line.addClassName("header-line");
        heading.above().ifPresent(above -> {
            Anchor up = new Anchor(CommitteeAddress.of(above.code(), COMMUNES), above.name());
            up.setRouterIgnore(true);
            up.setId("header-above");
            up.addClassName("header-above");
            Span separator = new Span("›");
            separator.addClassName("header-separator");
            line.add(up, separator);
        });
        line.add(committee);
        Span term = new Span(heading.currentTerm()
                .map(t -> getTranslation("layout.term", String.valueOf(t.first()), String.valueOf(t.last())))
                .orElse(getTranslation("layout.no-term")));
        term.addClassName("header-term");
        Div sub = new Div(term);
        sub.addClassName("header-sub");
        if (!heading.choices().isEmpty()) {
            sub.add(picker(heading));
        }
        Div header = new Div(line, sub);
        header.addClassName("app-header");
        return header;
    }

    /**
     * Opens another committee at the same view (its first segment and query), or its overview. A combo box, typed into
     * to find one of a province's 150 communes; its items reach the browser only when it opens (a list of every
     * commune in each page's header sent 100 KB).
     */
    private ComboBox<CommitteeHeading.Committee> picker(CommitteeHeading heading) {
        ComboBox<CommitteeHeading.Committee> picker = new ComboBox<>();
        picker.setId("committee-picker");
        picker.addClassName("committee-picker");
        picker.addThemeName("small");
        picker.setAriaLabel(getTranslation("layout.committee-picker"));
        picker.setItemLabelGenerator(CommitteeHeading.Committee::name);
        picker.setItems(heading.choices());
        heading.shown().flatMap(shown -> heading.choices().stream().filter(c -> c.code().equals(shown.code())).findFirst())
                .ifPresent(picker::setValue);
        picker.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().getPage().setLocation(CommitteeAddress.of(e.getValue().code(), sameView()));
            }
        });
        return picker;
    }

    private static String sameView() {
        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        String first = location.getSegments().isEmpty() ? "" : location.getSegments().getFirst();
        String query = location.getQueryParameters().getQueryString();
        return query.isEmpty() ? first : first + "?" + query;
    }

    private Button languageSwitch(String id) {
        boolean english = "en".equals(getLocale().getLanguage());
        Button button = new Button(getTranslation(english ? "layout.language.vi" : "layout.language.en"),
                new Icon(VaadinIcon.GLOBE));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClassName("language-switch");
        button.setId(id);
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
