package vn.dangbo.dashboard.base.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A page named as its menu entry names it ("Trình chiếu", "Xếp loại chất lượng"), from its address: the route's own
 * menu title, or its first segment's (ratings/members is a page of "Xếp loại chất lượng"); "trang này" when neither
 * has one. Never the raw address.
 */
final class PageNames {
    private PageNames() {
    }

    static String of(String path, Function<String, String> translate) {
        String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        // The slides have no menu entry of their own: they are the presentation's.
        String section = first.equals("present") ? "presentation" : first;
        for (String candidate : new String[] {path, section}) {
            String title = menuTitle(candidate);
            if (title != null) {
                return translate.apply(title);
            }
        }
        return translate.apply("error.denied.this-page");
    }

    private static @Nullable String menuTitle(String path) {
        try {
            return RouteConfiguration.forApplicationScope().getRoute(path)
                    .map(target -> target.getAnnotation(Menu.class)).map(Menu::title).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
