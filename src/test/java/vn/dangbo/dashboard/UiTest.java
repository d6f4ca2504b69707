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
import java.util.Map;
import java.util.Set;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.dangbo.dashboard.base.ui.Links;
import vn.dangbo.dashboard.chart.ApexChart;
import vn.dangbo.dashboard.chart.ChartJson;

/** Opens the application's views in a mocked browser session (Karibu-Testing), with the real Spring services. */
@SeedDatabaseTest
public abstract class UiTest {
    private static final Routes ROUTES = discoverRoutes();

    @Autowired
    private ApplicationContext context;

    @BeforeEach
    void openBrowserSession() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    /**
     * Opens a second browser with a session of its own, which becomes the current one; the first stays open.
     * Returns the first browser's UI.
     */
    protected UI openAnotherBrowser() {
        UI first = UI.getCurrent();
        openBrowserSession();
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
        MockVaadin.tearDown();
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
