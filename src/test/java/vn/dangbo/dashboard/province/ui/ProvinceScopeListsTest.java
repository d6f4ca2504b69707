package vn.dangbo.dashboard.province.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.ProvinceDatabaseTest;
import vn.dangbo.dashboard.UiTest;

/**
 * A province's dashboards stay the size of a page: lists that name cells one by one name a page's worth and count
 * the rest, however many cells the province has (a 150-commune province's recruitment view sent 2.2 MB, its ratings
 * view 0.8 MB).
 */
@ProvinceDatabaseTest
class ProvinceScopeListsTest extends UiTest {
    private static final String PROVINCE_CELLS = "select c.id from cell c join party_committee k on k.id = c.committee_id"
            + " where k.code like 'mau-%'";
    @Autowired JdbcTemplate jdbc;

    @Test
    void the_provinces_recruitment_names_fifty_cells_without_admissions_and_counts_the_rest() {
        signInAs("bantochuc.tinh", "tinh-mau");
        open("recruitment");

        Paragraph nobody = _get(Paragraph.class, spec -> spec.withId("cells-without-admissions"));
        Matcher counted = Pattern.compile("\\((\\d+)\\)").matcher(nobody.getElement().getTextRecursively());
        assertThat(counted.find()).isTrue();
        int without = Integer.parseInt(counted.group(1));
        assertThat(without).as("the demo province has more cells without admissions than are named").isGreaterThan(50);
        assertThat(nobody.getChildren().filter(Anchor.class::isInstance)).hasSize(50);
        assertThat(nobody.getElement().getTextRecursively()).endsWith("và " + (without - 50) + " chi bộ khác (có trong tệp tải về).");
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("probation-list"))
                .getChildren().count()).isLessThanOrEqualTo(20);
    }

    @Test
    void the_provinces_ratings_list_twenty_outstanding_cells_those_breaking_the_rule_first_and_count_the_rest() {
        List<Map<String, Object>> levels = jdbc.queryForList(
                "select cell_id, level from cell_rating where rating_year = 2024 and cell_id in (" + PROVINCE_CELLS + ")");
        jdbc.update("update cell_rating set level = 'OUTSTANDING' where rating_year = 2024 and cell_id in (" + PROVINCE_CELLS + ")");
        try {
            signInAs("bantochuc.tinh", "tinh-mau");
            open("ratings?term=2020-2025&year=2024");

            List<Paragraph> lines = _find(Paragraph.class).stream().filter(p -> p.getId().orElse("").startsWith("cell-rule-")
                    && !p.getId().orElse("").equals("cell-rule-more")).toList();
            assertThat(lines).hasSize(20);
            assertThat(lines.getFirst().getClassNames()).contains("warning");
            String more = _get(Paragraph.class, spec -> spec.withId("cell-rule-more")).getText();
            assertThat(more).startsWith("… và " + (levels.size() - 20) + " chi bộ HTXS khác (");
        } finally {
            jdbc.batchUpdate("update cell_rating set level = ? where rating_year = 2024 and cell_id = ?",
                    levels.stream().map(l -> new Object[] {l.get("level"), l.get("cell_id")}).toList());
        }
    }
}
