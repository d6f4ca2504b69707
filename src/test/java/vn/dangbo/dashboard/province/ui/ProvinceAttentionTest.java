package vn.dangbo.dashboard.province.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.Test;
import vn.dangbo.dashboard.ProvinceDatabaseTest;
import vn.dangbo.dashboard.UiTest;

/**
 * What needs attention is a commune committee's: the province's pages say so instead of checking every rule across
 * its thousands of cells, and a commune's page under the province checks its own.
 */
@ProvinceDatabaseTest
class ProvinceAttentionTest extends UiTest {

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void the_provinces_attention_page_and_brief_point_to_the_communes_and_its_overview_has_no_attention_panel() {
        signInAs("bantochuc.tinh", "tinh-mau");

        open("attention");
        assertThat(text("attention-per-commune")).startsWith("Việc cần chú ý được kiểm tra cho từng Đảng bộ xã");
        open("brief");
        assertThat(text("brief-per-commune")).startsWith("Việc cần chú ý được kiểm tra cho từng Đảng bộ xã");
        open("");
        assertThat(_find(Component.class, spec -> spec.withId("card-attention"))).isEmpty();
    }

    @Test
    void a_commune_under_the_province_checks_its_own_rules() {
        signInAs("danguy.mau01", "mau-01");

        open("attention");

        assertThat(text("attention-summary")).isNotBlank();
        assertThat(_find(Component.class, spec -> spec.withClasses("attention-rule"))).hasSize(12);
    }
}
