package vn.dangbo.dashboard.ratings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.chart.ApexChart;
import vn.dangbo.dashboard.chart.ChartOptions;
import vn.dangbo.dashboard.ratings.RatingService;
import vn.dangbo.dashboard.ratings.ScoreBand;
import vn.dangbo.dashboard.ratings.ScoreBandCount;

/** From 2025 scores decide the level: the ratings view shows how a year's scores fall into bands. */
class ScoreBandsTest extends UiTest {
    private static final int[] SCORES = {95, 90, 85, 65, 40, 100};
    @Autowired JdbcTemplate jdbc;
    @Autowired RatingService ratings;

    @BeforeEach
    void aTermRatedByScore() {
        jdbc.update("insert into term (committee_id, start_year, end_year) select id, 2020, 2025 from party_committee");
        List<String> members = jdbc.queryForList("select code from member where admission_date < date '2020-01-01' order by code "
                + "limit " + SCORES.length, String.class);
        for (int i = 0; i < SCORES.length; i++) {
            int score = SCORES[i];
            String level = score >= 90 ? "OUTSTANDING" : score >= 70 ? "GOOD" : score >= 50 ? "SATISFACTORY" : "FAILED";
            jdbc.update("insert into member_rating (member_id, rating_year, level, score) select id, 2025, ?, ? from member where code = ?",
                    level, score, members.get(i));
            vn.dangbo.dashboard.organisation.CommitteeColumns.fillNew(jdbc);
        }
    }

    @AfterEach
    void removeIt() {
        jdbc.update("delete from member_rating where rating_year = 2025");
        jdbc.update("delete from term where start_year = 2020");
    }

    @Test
    void the_scores_fall_into_ten_point_bands_each_with_its_level() {
        assertThat(ratings.scoreBands(2025)).extracting(ScoreBandCount::band, ScoreBandCount::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ScoreBand.BELOW_50, 1L), org.assertj.core.groups.Tuple.tuple(ScoreBand.FROM_50, 0L),
                org.assertj.core.groups.Tuple.tuple(ScoreBand.FROM_60, 1L), org.assertj.core.groups.Tuple.tuple(ScoreBand.FROM_70, 0L),
                org.assertj.core.groups.Tuple.tuple(ScoreBand.FROM_80, 1L), org.assertj.core.groups.Tuple.tuple(ScoreBand.FROM_90, 3L));
    }

    @Test
    void the_ratings_view_of_2025_draws_the_bands_with_their_thresholds() {
        signInAs("danguy");
        open("ratings?term=2020-2025&year=2025");
        ChartOptions options = _get(ApexChart.class, spec -> spec.withId("chart-score-bands")).getOptions();

        assertThat(options.xaxis().categories()).containsExactly("0–49 điểm (KHTNV)", "50–59 điểm (HTNV)", "60–69 điểm (HTNV)",
                "70–79 điểm (HTT)", "80–89 điểm (HTT)", "90–100 điểm (HTXS)");
        assertThat(((ChartOptions.Series) options.series().getFirst()).data().stream().map(Number::longValue).toList())
                .containsExactly(1L, 0L, 1L, 0L, 1L, 3L);
        assertThat(_get(com.vaadin.flow.component.Component.class, spec -> spec.withId("score-thresholds")).getElement().getText())
                .contains("từ 90 điểm HTXS, từ 70 HTT, từ 50 HTNV");
    }

    @Test
    void the_ratings_slide_of_a_term_ending_in_a_scored_year_shows_the_bands_beside_the_years() {
        signInAs("danguy");
        open("present/ratings?term=2020-2025");

        assertThat(_get(ApexChart.class, spec -> spec.withId("chart-slide-score-bands")).getOptions().xaxis().categories())
                .hasSize(ScoreBand.values().length).last().isEqualTo("90–100 điểm (HTXS)");
        assertThat(_find(ApexChart.class, spec -> spec.withId("chart-slide-ratings"))).hasSize(1);
    }

    @Test
    void a_year_rated_before_scores_has_no_bands() {
        signInAs("danguy");
        open("ratings?term=2015-2020&year=2019");

        assertThat(_find(ApexChart.class, spec -> spec.withId("chart-score-bands"))).isEmpty();
    }
}
