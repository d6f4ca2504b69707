package vn.dangbo.dashboard.ratings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.base.ui.Change;
import vn.dangbo.dashboard.ratings.RatingDistribution;
import vn.dangbo.dashboard.ratings.RatingLevel;
import vn.dangbo.dashboard.ratings.RatingService;

/**
 * Each level's change from the year before on the ratings page: the difference computed from the two years' ratings,
 * its colour by whether it is good (a rise in KHTNV is bad), the previous count in the tooltip, and the change opening
 * the members new at the level.
 */
class RatingChangeTest extends UiTest {
    @Autowired RatingService ratings;
    @Autowired JdbcTemplate jdbc;

    private static Component row(RatingLevel level) {
        return _get(Component.class, spec -> spec.withId("year-table")).getChildren()
                .filter(c -> level.name().equals(c.getElement().getAttribute("data-row"))).findFirst().orElseThrow();
    }

    private static Span change(RatingLevel level) {
        return (Span) row(level).getChildren().reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void each_levels_change_from_the_year_before_is_the_difference_of_the_two_years_counts() {
        open("ratings?year=2019");
        RatingDistribution now = ratings.memberDistribution(2019);
        RatingDistribution before = ratings.memberDistribution(2018);

        for (RatingLevel level : RatingLevel.values()) {
            long difference = now.count(level) - before.count(level);
            Span change = change(level);
            assertThat(change.getElement().getTextRecursively()).as(level.name())
                    .isEqualTo(difference == 0 ? "= 0" : (difference > 0 ? "▲ +" : "▼ −") + Math.abs(difference));
            assertThat(change.getElement().getAttribute("title")).isEqualTo("Năm 2018: " + before.count(level));
        }
        assertThat(_get(Component.class, spec -> spec.withId("year-table")).getElement().getTextRecursively())
                .contains("So với 2018");
    }

    @Test
    void a_rise_in_khtnv_is_bad_a_rise_in_htxs_good_and_a_rise_in_htnv_neither() {
        assertThat(Change.of(3, 1, RatingTable.better(RatingLevel.FAILED), "", null, Locale.ROOT).getClassNames())
                .contains("change-bad");
        assertThat(Change.of(1, 3, RatingTable.better(RatingLevel.FAILED), "", null, Locale.ROOT).getClassNames())
                .contains("change-good");
        assertThat(Change.of(5, 2, RatingTable.better(RatingLevel.OUTSTANDING), "", null, Locale.ROOT).getClassNames())
                .contains("change-good");
        assertThat(Change.of(5, 2, RatingTable.better(RatingLevel.SATISFACTORY), "", null, Locale.ROOT).getClassNames())
                .contains("change-neutral");
        assertThat(Change.of(2, 2, RatingTable.better(RatingLevel.GOOD), "", null, Locale.ROOT).getClassNames())
                .contains("change-neutral");
    }

    @Test
    void the_change_opens_the_members_new_at_the_level_those_not_at_it_the_year_before() {
        open("ratings?year=2019");
        String href = row(RatingLevel.OUTSTANDING).getChildren().filter(Span.class::isInstance).reduce((a, b) -> b)
                .flatMap(s -> s.getChildren().filter(Anchor.class::isInstance).findFirst()).map(a -> ((Anchor) a).getHref())
                .orElseThrow();
        assertThat(href).contains("level=OUTSTANDING").endsWith("&new=1");
        long expected = jdbc.queryForObject("""
                select count(*) from member_rating r where r.rating_year = 2019 and r.level = 'OUTSTANDING'
                and not exists (select 1 from member_rating p where p.member_id = r.member_id and p.rating_year = 2018
                                and p.level = 'OUTSTANDING')""", Long.class);

        open(href);

        assertThat(_get(Component.class, spec -> spec.withId("member-count")).getElement().getTextRecursively())
                .contains(String.valueOf(expected));
        assertThat(expected).isLessThan(ratings.countMembersAtLevel(2019, RatingLevel.OUTSTANDING, null));
        assertThat(_get(com.vaadin.flow.component.html.H2.class).getText()).contains("mới ở mức này");
    }
}
