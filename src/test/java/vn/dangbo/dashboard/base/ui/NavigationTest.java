package vn.dangbo.dashboard.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.base.ui.Tile;

class NavigationTest extends UiTest {

    @Test
    void an_unknown_address_shows_a_vietnamese_not_found_page() {
        // As a browser would ask for it: UI.navigate leaves addresses without a server route to the client.
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location("khong-co-trang-nay"), NavigationTrigger.PAGE_LOAD);

        _get(NotFoundView.class);
        assertThat(_get(H2.class, spec -> spec.withText("Không tìm thấy trang"))).isNotNull();
        assertThat(_get(NotFoundView.class).getElement().getTextRecursively())
                .contains("/khong-co-trang-nay").doesNotContain("Exception").doesNotContain("at com.");
    }

    @Test
    void the_side_navigation_lists_the_overview_in_vietnamese() {
        UI.getCurrent().navigate("");
        assertThat(_get(SideNavItem.class, spec -> spec.withLabel("Tổng quan")).getPath()).isEmpty();
    }

    @Test
    void the_interface_is_vietnamese_by_default() {
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getLocale().toLanguageTag()).isEqualTo("vi-VN");
    }

    @Test
    void in_english_the_figures_use_a_decimal_point() {
        UI.getCurrent().getSession().setAttribute(Locale.class, Locale.forLanguageTag("en-GB"));
        UI.getCurrent().setLocale(Locale.forLanguageTag("en-GB"));
        UI.getCurrent().navigate("");
        UI.getCurrent().refreshCurrentRoute(true);

        assertThat(_get(Tile.class, spec -> spec.withId("tile-admissions")).getDetail())
                .isEqualTo("120% of the congress target (20% over)");
        assertThat(_get(Button.class, spec -> spec.withId("language-switch")).getText()).isEqualTo("Tiếng Việt");
        open("ratings?year=2019");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("summary-rated")).getText())
                .contains("96.2%", "17.8%");
    }
}
