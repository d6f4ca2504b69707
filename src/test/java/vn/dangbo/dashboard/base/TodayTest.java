package vn.dangbo.dashboard.base;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangbo.dashboard.SeedDatabaseTest;
import vn.dangbo.dashboard.members.MemberDraft;

/** "Today" is Vietnam's day everywhere: the views' clock, the rules, and the validation of forms. */
@SeedDatabaseTest
class TodayTest {
    @Autowired Clock clock;
    @Autowired ValidatorFactory validation;
    @Autowired Validator validator;

    @Test
    void the_views_clock_and_the_validation_of_forms_count_days_in_vietnam() {
        assertThat(clock.getZone()).isEqualTo(Today.VIETNAM);
        assertThat(validation.getClockProvider().getClock().getZone()).isEqualTo(Today.VIETNAM);
    }

    @Test
    void the_forms_own_validation_counts_days_in_vietnam_too() {
        assertThat(jakarta.validation.Validation.buildDefaultValidatorFactory().getClockProvider().getClock().getZone())
                .isEqualTo(Today.VIETNAM);
    }

    @Test
    void a_member_admitted_today_in_vietnam_is_not_admitted_in_the_future_whatever_the_servers_zone() {
        MemberDraft draft = new MemberDraft();
        draft.setAdmissionDate(Today.inVietnam());

        assertThat(validator.validateProperty(draft, "admissionDate")).isEmpty();
        draft.setAdmissionDate(Today.inVietnam().plusDays(1));
        assertThat(validator.validateProperty(draft, "admissionDate")).isNotEmpty();
    }
}
