package vn.dangbo.dashboard.overview.ui;

import vn.dangbo.dashboard.base.Today;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.base.ui.Tile;
import vn.dangbo.dashboard.chart.ApexChart;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.organisation.TermPeriod;
import vn.dangbo.dashboard.ratings.RatingLevel;
import vn.dangbo.dashboard.ratings.RatingService;

/** The start page is no dead end: each figure opens the view behind it, for the same term. */
class OverviewDrillDownTest extends UiTest {
    @org.springframework.beans.factory.annotation.Autowired vn.dangbo.dashboard.badges.BadgeService dueBadges;
    @Autowired OrganisationService organisation;
    @Autowired RatingService ratings;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired vn.dangbo.dashboard.recruitment.RecruitmentService recruitment;
    private TermPeriod term;
    private int ratedYear;

    @BeforeEach
    void theCurrentTerm() {
        term = organisation.currentTerm().orElseThrow();
        ratedYear = ratings.latestRatedYear(term).orElseThrow();
    }

    @Test
    void each_tile_with_a_view_behind_it_opens_that_view_for_the_term() {
        Map<String, String> behind = Map.of(
                "tile-members", "membership?term=" + term.label(),
                "tile-cells", "cells?term=" + term.label(),
                "tile-admissions", "recruitment?term=" + term.label(),
                "tile-direct-workers", "recruitment?term=" + term.label(),
                "tile-meeting-day", "cells?term=" + term.label());
        behind.forEach((tile, view) -> {
            open("");
            _click(_get(Tile.class, spec -> spec.withId(tile)));
            assertThat(location()).as(tile).isEqualTo(view);
        });
    }

    @Test
    void a_slice_of_the_members_ratings_opens_the_members_at_that_level() {
        open("");
        clickDataPoint(_get(ApexChart.class, spec -> spec.withId("chart-member-ratings")), 0, 1, "HTT");

        assertThat(location()).isEqualTo("ratings/members?level=GOOD&term=" + term.label() + "&year=" + ratedYear);
        assertThat(_size(_get(Grid.class, spec -> spec.withId("members-grid"))))
                .isEqualTo((int) ratings.memberDistribution(ratedYear).count(RatingLevel.GOOD));
    }

    @Test
    void a_bar_of_the_cells_ratings_opens_the_cells_at_that_level() {
        open("");
        clickDataPoint(_get(ApexChart.class, spec -> spec.withId("chart-cell-ratings")), 0, 0, "HTXS");

        assertThat(location()).isEqualTo("cells?level=OUTSTANDING&term=" + term.label() + "&year=" + ratedYear);
        long outstanding = ratings.cellDistribution(ratedYear).count(RatingLevel.OUTSTANDING);
        assertThat(_size(_get(Grid.class, spec -> spec.withId("cells-grid")))).isEqualTo((int) outstanding);
        assertThat(_get(Paragraph.class, spec -> spec.withId("cells-filtered")).getText())
                .startsWith("Các chi bộ xếp loại HTXS năm " + ratedYear + ": " + outstanding + " chi bộ.");
    }

    @Test
    void a_bar_of_the_admissions_opens_the_members_admitted_that_year() {
        var years = recruitment.admissionsByYear(term);
        int index = years.size() - 1;
        int year = years.get(index).year();
        open("");
        clickDataPoint(_get(ApexChart.class, spec -> spec.withId("chart-admissions-by-year")), 0, index, String.valueOf(year));

        assertThat(location()).isEqualTo("recruitment/members?term=" + term.label() + "&year=" + year);
        assertThat(_size(_get(Grid.class, spec -> spec.withId("admitted-grid")))).isEqualTo((int) years.get(index).admitted());
    }

    @Test
    void a_bar_of_the_trainings_opens_the_members_sent_to_that_programme() {
        open("");
        ApexChart chart = _get(ApexChart.class, spec -> spec.withId("chart-trainings"));
        Number sent = ((vn.dangbo.dashboard.chart.ChartOptions.Series) chart.getOptions().series().getFirst()).data().getFirst();
        clickDataPoint(chart, 0, 0, chart.getOptions().xaxis().categories().getFirst());

        assertThat(location()).isEqualTo("training/members?programme=UNIVERSITY&term=" + term.label());
        assertThat(_size(_get(Grid.class, spec -> spec.withId("trained-grid")))).isEqualTo(sent.intValue()).isPositive();
    }

    @Test
    void the_targets_and_the_new_rural_hamlets_open_their_slides_of_the_presentation() {
        open("");
        _click(_get(Tile.class, spec -> spec.withId("tile-targets")));
        assertThat(location()).isEqualTo("present/targets?term=" + term.label());
        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText()).startsWith("Chỉ tiêu kinh tế – xã hội");
        open("");
        _click(_get(Tile.class, spec -> spec.withId("tile-new-rural")));
        assertThat(location()).isEqualTo("present/awards?term=" + term.label());
        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText()).isEqualTo("Khen thưởng và xây dựng nông thôn mới");
    }

    @Test
    void the_badges_figure_counts_the_due_list_of_the_term_s_year_and_opens_it() {
        open("");
        int year = Math.max(term.startYear(), Math.min(term.endYear(), Today.inVietnam().getYear()));
        assertThat(year).as("an earlier term's overview: its last year's badges, not this year's").isBetween(term.startYear(), term.endYear());
        Tile badges = _get(Tile.class, spec -> spec.withId("tile-badges"));
        assertThat(badges.getLabel()).isEqualTo("Huy hiệu Đảng đến hạn, chưa trao năm " + year);
        assertThat(badges.getFigure()).isEqualTo(dueBadges.dueIn(year).stream().filter(d -> !d.early()).count());

        _click(badges);

        assertThat(location()).isEqualTo("badges?year=" + year);
    }

    @Test
    void the_study_figure_opens_the_resolutions_studied_in_the_term() {
        open("");
        _click(_get(Tile.class, spec -> spec.withId("tile-study")));

        assertThat(location()).isEqualTo("studies?term=" + term.label());
        assertThat(_size(_get(Grid.class, spec -> spec.withId("studies-grid")))).isEqualTo(jdbc.queryForObject(
                "select count(*) from study_campaign where study_year between ? and ?", Integer.class,
                term.startYear(), term.endYear())).isPositive();
    }
}
