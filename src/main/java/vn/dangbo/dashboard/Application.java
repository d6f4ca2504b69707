package vn.dangbo.dashboard;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Đảng bộ Dashboard: the web application, or the command-line import of the office's sheets. */
@SpringBootApplication
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class Application implements AppShellConfigurator {
    static final String IMPORT_ARGUMENT = "dangbo.import";
    /** Vaadin's set-up, which needs a web server; the command-line import runs without one. */
    private static final List<String> VAADIN_CONFIGURATIONS = List.of("com.vaadin.flow.spring.SpringBootAutoConfiguration",
            "com.vaadin.flow.spring.SpringSecurityAutoConfiguration", "com.vaadin.flow.spring.VaadinScopesConfig");

    public static void main(String[] args) {
        application(args).run(args);
    }

    /**
     * The application as these arguments need it: with its web server and views, or, for the command-line import
     * ({@code --dangbo.import=FILE}), without them.
     */
    public static SpringApplication application(String... args) {
        SpringApplication application = new SpringApplication(Application.class);
        if (Arrays.stream(args).anyMatch(arg -> arg.startsWith("--" + IMPORT_ARGUMENT + "="))) {
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setDefaultProperties(Map.of("spring.autoconfigure.exclude", String.join(",", VAADIN_CONFIGURATIONS)));
        }
        return application;
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Bảng điều hành Đảng bộ");
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
