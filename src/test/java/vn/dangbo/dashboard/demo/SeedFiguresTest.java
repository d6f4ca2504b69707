package vn.dangbo.dashboard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangbo.dashboard.SeedDatabaseTest;
import vn.dangbo.dashboard.meetings.MeetingService;
import vn.dangbo.dashboard.members.MemberService;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.organisation.TermPeriod;
import vn.dangbo.dashboard.ratings.NotRatedReason;
import vn.dangbo.dashboard.ratings.RatingDistribution;
import vn.dangbo.dashboard.ratings.RatingLevel;
import vn.dangbo.dashboard.ratings.RatingService;
import vn.dangbo.dashboard.recruitment.RecruitmentService;
import vn.dangbo.dashboard.results.TermResultService;
import vn.dangbo.dashboard.training.ProgrammeCount;
import vn.dangbo.dashboard.training.TrainingProgramme;
import vn.dangbo.dashboard.training.TrainingService;

/** Every figure of the Hải Nam article, as the application's own services compute it from the demo data. */
@SeedDatabaseTest
class SeedFiguresTest {
    @Autowired OrganisationService organisation;
    @Autowired MemberService members;
    @Autowired RatingService ratings;
    @Autowired RecruitmentService recruitment;
    @Autowired MeetingService meetings;
    @Autowired TrainingService trainings;
    @Autowired TermResultService results;

    private TermPeriod term() {
        return organisation.currentTerm().orElseThrow();
    }

    @Test
    void the_committee_is_hai_nam_in_its_2015_2020_term() {
        assertThat(organisation.committeeName()).contains("Đảng bộ xã Hải Nam");
        assertThat(term().startYear()).isEqualTo(2015);
        assertThat(term().endYear()).isEqualTo(2020);
    }

    @Test
    void the_committee_has_521_party_members() {
        assertThat(members.currentMembership().total()).isEqualTo(521);
    }

    @Test
    void the_members_include_probationary_and_exempt_members() {
        assertThat(members.currentMembership().probationary()).isEqualTo(11);
        assertThat(members.currentMembership().exempt()).isEqualTo(15);
    }

    @Test
    void there_are_25_cells_of_which_20_are_hamlet_cells() {
        assertThat(organisation.cellCount().total()).isEqualTo(25);
        assertThat(organisation.cellCount().hamlet()).isEqualTo(20);
    }

    @Test
    void all_11_socio_economic_targets_of_the_term_were_achieved() {
        assertThat(results.targetAchievement(term()).met()).isEqualTo(11);
        assertThat(results.targetAchievement(term()).total()).isEqualTo(11);
    }

    @Test
    void between_85_and_90_percent_of_members_took_part_in_each_study_of_resolutions() {
        var range = meetings.studyParticipation(term());
        assertThat(range.campaigns()).isPositive();
        assertThat(range.lowest()).isGreaterThanOrEqualTo(0.85);
        assertThat(range.highest()).isLessThanOrEqualTo(0.90);
        assertThat(Math.round(range.lowest() * 100)).isEqualTo(85);
        assertThat(Math.round(range.highest() * 100)).isEqualTo(90);
    }

    @Test
    void cells_meet_on_the_3rd_of_every_month() {
        assertThat(meetings.usualMeetingDay(term())).hasValue(3);
    }

    @Test
    void thirty_new_members_were_admitted_against_a_congress_target_of_25() {
        var progress = recruitment.termProgress(term());
        assertThat(progress.admitted()).isEqualTo(30);
        assertThat(progress.target()).isEqualTo(25);
        assertThat(progress.ratio()).isEqualTo(1.2);
    }

    @Test
    void the_yearly_admissions_and_targets_add_up_to_the_term() {
        var years = recruitment.admissionsByYear(term());
        assertThat(years).hasSize(6);
        assertThat(years.stream().mapToLong(y -> y.admitted()).sum()).isEqualTo(30);
        assertThat(years.stream().mapToLong(y -> y.target()).sum()).isEqualTo(25);
    }

    @Test
    void sixteen_direct_workers_were_admitted_in_13_of_the_20_hamlet_cells() {
        var direct = recruitment.directWorkersFromHamlets(term());
        assertThat(direct.admitted()).isEqualTo(16);
        assertThat(direct.hamletCellsAdmitting()).isEqualTo(13);
        assertThat(direct.hamletCells()).isEqualTo(20);
    }

    @Test
    void cadres_sent_to_training_were_4_university_3_vocational_and_8_political_theory() {
        assertThat(trainings.byProgramme(term())).containsExactly(
                new ProgrammeCount(TrainingProgramme.UNIVERSITY, 4),
                new ProgrammeCount(TrainingProgramme.VOCATIONAL_INTERMEDIATE, 3),
                new ProgrammeCount(TrainingProgramme.POLITICAL_THEORY_INTERMEDIATE, 8));
    }

    @Test
    void the_latest_rated_year_of_the_term_is_2019() {
        assertThat(ratings.latestRatedYear(term())).contains(2019);
    }

    @Test
    void in_2019_all_25_cells_completed_their_tasks_and_4_were_outstanding() {
        RatingDistribution cells = ratings.cellDistribution(2019);
        assertThat(cells.headcount()).isEqualTo(25);
        assertThat(cells.completed()).isEqualTo(25);
        assertThat(cells.count(RatingLevel.OUTSTANDING)).isEqualTo(4);
    }

    @Test
    void in_2019_members_rated_were_17_8_outstanding_78_4_good_3_8_satisfactory_and_none_failed() {
        RatingDistribution m = ratings.memberDistribution(2019);
        assertThat(m.rated()).isEqualTo(500);
        assertThat(percent(m, RatingLevel.OUTSTANDING)).isEqualTo(17.8);
        assertThat(percent(m, RatingLevel.GOOD)).isEqualTo(78.4);
        assertThat(percent(m, RatingLevel.SATISFACTORY)).isEqualTo(3.8);
        assertThat(m.count(RatingLevel.FAILED)).isZero();
    }

    @Test
    void in_2019_the_headcount_of_521_is_500_rated_and_21_not_rated_exempt_or_newly_admitted() {
        RatingDistribution m = ratings.memberDistribution(2019);
        assertThat(m.headcount()).isEqualTo(521);
        assertThat(m.notRatedTotal()).isEqualTo(21);
        assertThat(m.notRated()).containsOnlyKeys(NotRatedReason.EXEMPT, NotRatedReason.ADMITTED_UNDER_SIX_MONTHS);
    }

    @Test
    void the_2019_ratings_break_the_quota_of_outstanding_at_most_a_fifth_of_good() {
        assertThat(ratings.outstandingQuotaBreached(ratings.memberDistribution(2019))).isTrue();
    }

    @Test
    void earlier_years_of_the_term_keep_within_the_quota() {
        for (int year : List.of(2015, 2016, 2017, 2018)) {
            assertThat(ratings.outstandingQuotaBreached(ratings.memberDistribution(year))).as("year %d", year).isFalse();
        }
    }

    @Test
    void in_2019_all_20_hamlets_met_the_advanced_new_rural_standard_and_3_the_model_one() {
        var rural = results.latestNewRural(term()).orElseThrow();
        assertThat(rural.year()).isEqualTo(2019);
        assertThat(rural.hamlets()).isEqualTo(20);
        assertThat(rural.advancedOrAbove()).isEqualTo(20);
        assertThat(rural.model()).isEqualTo(3);
    }

    @Test
    void the_awards_include_the_provincial_banners_and_the_2018_hero_title() {
        var awards = results.awards(term());
        assertThat(awards).anySatisfy(a -> assertThat(a.title()).contains("Đảng bộ trong sạch, vững mạnh tiêu biểu"));
        assertThat(awards.stream().filter(a -> a.title().contains("trong sạch, vững mạnh tiêu biểu")).count())
                .isGreaterThan(1);
        assertThat(awards).anySatisfy(a -> assertThat(a.title()).contains("Đơn vị dẫn đầu phong trào thi đua"));
        assertThat(awards).anySatisfy(a -> {
            assertThat(a.year()).isEqualTo(2018);
            assertThat(a.title()).contains("Anh hùng Lực lượng vũ trang nhân dân");
        });
    }

    private static double percent(RatingDistribution ratings, RatingLevel level) {
        return Math.round(ratings.shareOfRated(ratings.count(level)) * 1000) / 10.0;
    }
}
