package vn.dangbo.dashboard;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.dangbo.dashboard.base.security.SignedInUser;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;
import vn.dangbo.dashboard.organisation.CommitteeScope;
import vn.dangbo.dashboard.organisation.web.AddressedRequests;
import vn.dangbo.dashboard.users.UserService;
import vn.dangbo.dashboard.base.ui.Links;
import vn.dangbo.dashboard.chart.ApexChart;
import vn.dangbo.dashboard.chart.ChartJson;

/** Opens the application's views in a mocked browser session (Karibu-Testing), with the real Spring services. */
@SeedDatabaseTest
public abstract class UiTest {
    private static final Routes ROUTES = discoverRoutes();

    private static final kotlin.jvm.functions.Function1<com.github.mvysny.fakeservlet.FakeHttpSession,
            com.github.mvysny.fakeservlet.FakeRequest> ANONYMOUS_REQUESTS = MockVaadin.getMockRequestFactory();
    /** The committee member of the demo data, who may see every dashboard. */
    protected static final String COMMITTEE_MEMBER = "danguy";

    @Autowired
    private ApplicationContext context;
    @Autowired
    private UserService users;
    private CommitteeScope.Entered committeeScope;

    @BeforeEach
    void openBrowserSession() {
        signInAs(COMMITTEE_MEMBER);
    }

    private void startSession() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    /** Starts a new browser session signed in as one of the demo data's accounts. */
    protected void signInAs(String username) {
        signInAs(username, Map.of());
    }

    /**
     * Starts a new browser session signed in as one of the demo accounts, on pages under a committee's address
     * ({@code /<code>/…}): its scope and, outside the account's grant, its refusal, as the committee filters set them.
     */
    protected void signInAs(String username, String committeeCode) {
        SignedInUser user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        leaveCommittee();
        AddressedRequests.Addressed addressed = AddressedRequests.under(context.getBean(CommitteeDirectory.class), committeeCode);
        committeeScope = CommitteeScope.serve(addressed.scope());
        signInAs(username, addressed.attributes());
    }

    private void leaveCommittee() {
        if (committeeScope != null) {
            committeeScope.close();
            committeeScope = null;
        }
    }

    private void signInAs(String username, Map<String, Object> attributes) {
        SignedInUser user = users.loadUserByUsername(username);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        MockVaadin.setMockRequestFactory(session -> {
            var request = new com.github.mvysny.fakeservlet.FakeRequest(session);
            attributes.forEach(request::setAttribute);
            request.setUserPrincipalInt(authentication);
            request.setUserInRole((principal, role) -> user.role().name().equals(role) || user.role().authority().equals(role));
            return request;
        });
        startSession();
    }

    /** Starts a new browser session that nobody signed in to. */
    protected void signOut() {
        SecurityContextHolder.clearContext();
        MockVaadin.setMockRequestFactory(ANONYMOUS_REQUESTS);
        startSession();
    }

    /**
     * Opens a second browser with a session of its own, which becomes the current one; the first stays open.
     * Returns the first browser's UI.
     */
    protected UI openAnotherBrowser() {
        UI first = UI.getCurrent();
        startSession();
        return first;
    }

    /** Runs what the server pushed to a browser's UI while the test was busy with another one. */
    protected static void receivePush(UI ui) {
        var session = ui.getSession();
        session.lock();
        try {
            session.getService().runPendingAccessTasks(session);
        } finally {
            session.unlock();
        }
    }

    @AfterEach
    void closeBrowserSession() {
        leaveCommittee();
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        MockVaadin.setMockRequestFactory(ANONYMOUS_REQUESTS);
    }

    /** The view the browser shows now, by its class's simple name. */
    protected static String shownView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst().getClass().getSimpleName();
    }

    /** Every text of the page, menus and header included. */
    protected static String pageText() {
        return UI.getCurrent().getChildren().map(c -> c.getElement().getTextRecursively()).reduce("", String::concat);
    }

    /** Opens an address as typed into the browser, query string included. */
    protected static void open(String address) {
        Links.follow(address);
    }

    /** Where the browser is now: the path, and the query parameters in alphabetical order. */
    protected static String location() {
        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        String query = new java.util.TreeMap<>(location.getQueryParameters().getParameters()).entrySet().stream()
                .map(e -> e.getKey() + "=" + String.join(",", e.getValue()))
                .collect(java.util.stream.Collectors.joining("&"));
        return query.isEmpty() ? location.getPath() : location.getPath() + "?" + query;
    }

    /** A click on a chart's data point, as the chart element reports it. */
    protected static void clickDataPoint(ApexChart chart, int series, int point, String category) {
        BasicUtilsKt._fireDomEvent(chart, "data-point-click", ChartJson.tree(Map.of(
                "event.detail.seriesIndex", series, "event.detail.dataPointIndex", point,
                "event.detail.category", category, "event.detail.seriesName", "")));
    }

    /** The address the view last wrote in place (a sort, a search), as the browser's address bar then shows it. */
    protected static String addressWrittenInPlace() {
        List<String> written = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(pending -> pending.getInvocation())
                .filter(invocation -> invocation.getExpression().contains("replaceState"))
                .map(invocation -> String.valueOf(invocation.getParameters().getLast()))
                .toList();
        return written.isEmpty() ? null : written.getLast();
    }

    /** A click on a category's name beside a chart, as the browser reports it. */
    protected static void clickLabel(ApexChart chart, String label, int occurrence) {
        BasicUtilsKt._fireDomEvent(chart, "label-click", ChartJson.tree(Map.of(
                "event.detail.label", label, "event.detail.occurrence", occurrence)));
    }

    /** Views are package-private, which Karibu's own discovery skips; this one includes them. */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        Set<Class<? extends Component>> views = new HashSet<>();
        Set<Class<? extends HasErrorParameter<?>>> errorViews = new HashSet<>();
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("vn.dangbo.dashboard").scan()) {
            scan.getClassesWithAnnotation(Route.class).loadClasses(Component.class).forEach(views::add);
            scan.getClassesWithAnnotation(Layout.class).loadClasses(Component.class).forEach(views::add);
            scan.getClassesImplementing(HasErrorParameter.class).loadClasses()
                    .forEach(c -> errorViews.add((Class<? extends HasErrorParameter<?>>) c));
        }
        return new Routes(views, errorViews, true);
    }
}
