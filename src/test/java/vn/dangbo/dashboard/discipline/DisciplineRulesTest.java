package vn.dangbo.dashboard.discipline;

import vn.dangbo.dashboard.base.Today;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangbo.dashboard.base.i18n.FieldProblem;

class DisciplineRulesTest {
    private static final LocalDate ADMITTED = LocalDate.of(2023, 3, 1);
    private static final LocalDate FULL = LocalDate.of(2024, 3, 1);

    private static List<String> problems(LocalDate decided, DisciplineForm form) {
        return DisciplineRules.check(decided, form, ADMITTED, FULL).stream().map(p -> p.field() + " " + p.reason().key()).toList();
    }

    @Test
    void a_probationary_member_may_only_be_reprimanded_or_warned() {
        assertThat(problems(LocalDate.of(2023, 9, 1), DisciplineForm.WARNING)).isEmpty();
        assertThat(problems(LocalDate.of(2023, 9, 1), DisciplineForm.REPRIMAND)).isEmpty();
        assertThat(problems(LocalDate.of(2023, 9, 1), DisciplineForm.EXPULSION)).containsExactly("form discipline.error.probationary");
        assertThat(problems(LocalDate.of(2023, 9, 1), DisciplineForm.DISMISSAL)).containsExactly("form discipline.error.probationary");
    }

    @Test
    void a_full_member_may_receive_any_form() {
        for (DisciplineForm form : DisciplineForm.values()) {
            assertThat(problems(LocalDate.of(2024, 6, 1), form)).as(form.name()).isEmpty();
        }
    }

    @Test
    void a_member_still_without_full_membership_is_probationary() {
        assertThat(DisciplineRules.check(LocalDate.of(2024, 6, 1), DisciplineForm.EXPULSION, ADMITTED, null))
                .extracting(FieldProblem::field).containsExactly("form");
    }

    @Test
    void a_decision_before_admission_or_in_the_future_is_refused() {
        assertThat(problems(LocalDate.of(2022, 1, 1), DisciplineForm.WARNING)).containsExactly("decided_on discipline.error.before-admission");
        assertThat(problems(Today.inVietnam().plusDays(2), DisciplineForm.WARNING)).containsExactly("decided_on discipline.error.future");
    }
}
