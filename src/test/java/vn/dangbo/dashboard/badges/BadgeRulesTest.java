package vn.dangbo.dashboard.badges;

import vn.dangbo.dashboard.base.Today;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangbo.dashboard.base.i18n.FieldProblem;

class BadgeRulesTest {
    private static final LocalDate ADMITTED = LocalDate.of(1990, 6, 15);

    private static List<String> problems(int badge, LocalDate awarded, EarlyGround ground) {
        return BadgeRules.check(badge, awarded, ground, ADMITTED).stream().map(p -> p.field() + " " + p.reason().key()).toList();
    }

    @Test
    void a_badge_presented_once_its_party_age_is_reached_keeps_the_rules() {
        assertThat(problems(30, LocalDate.of(2020, 9, 2), null)).isEmpty();
        assertThat(problems(30, LocalDate.of(2020, 6, 15), null)).isEmpty();
    }

    @Test
    void a_badge_before_its_time_is_refused_with_the_day_it_is_reached() {
        List<FieldProblem> found = BadgeRules.check(30, LocalDate.of(2020, 5, 19), null, ADMITTED);

        assertThat(found).extracting(FieldProblem::field).containsExactly("awarded_on");
        assertThat(found.getFirst().reason().key()).isEqualTo("badges.error.too-early");
        assertThat(found.getFirst().reason().parameters()).containsExactly(30, "15/06/2020");
    }

    @Test
    void a_seriously_ill_member_may_receive_it_12_months_early_up_to_65_years_and_24_from_70() {
        assertThat(problems(30, LocalDate.of(2019, 6, 15), EarlyGround.ILLNESS)).isEmpty();
        assertThat(problems(30, LocalDate.of(2019, 6, 14), EarlyGround.ILLNESS))
                .containsExactly("awarded_on badges.error.too-early-even-illness");
        LocalDate admitted1950 = LocalDate.of(1950, 6, 15);
        assertThat(BadgeRules.check(65, LocalDate.of(2014, 6, 15), EarlyGround.ILLNESS, admitted1950)).isEmpty();
        assertThat(BadgeRules.check(65, LocalDate.of(2014, 6, 14), EarlyGround.ILLNESS, admitted1950)).hasSize(1);
        assertThat(BadgeRules.check(70, LocalDate.of(2018, 6, 15), EarlyGround.ILLNESS, admitted1950)).isEmpty();
        assertThat(BadgeRules.check(70, LocalDate.of(2018, 6, 14), EarlyGround.ILLNESS, admitted1950)).hasSize(1);
    }

    @Test
    void a_posthumous_badge_may_come_12_months_early_at_most() {
        assertThat(problems(30, LocalDate.of(2019, 7, 1), EarlyGround.POSTHUMOUS)).isEmpty();
        assertThat(problems(30, LocalDate.of(2019, 6, 1), EarlyGround.POSTHUMOUS))
                .containsExactly("awarded_on badges.error.too-early-even-posthumous");
    }

    @Test
    void only_the_partys_badges_exist() {
        assertThat(problems(35, LocalDate.of(2020, 9, 2), null)).containsExactly("badge_years badges.error.no-such-badge");
        assertThat(BadgeRules.YEARS).containsExactly(30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90);
    }

    @Test
    void a_day_presented_in_the_future_is_refused() {
        assertThat(problems(30, Today.inVietnam().plusDays(1), null)).contains("awarded_on badges.error.future");
    }
}
