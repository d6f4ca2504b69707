package vn.dangbo.dashboard.discipline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.Today;
import vn.dangbo.dashboard.base.i18n.FieldProblem;

/**
 * A disciplinary decision's rules, the same for the import and Danh mục: decided on a day not in the future and not
 * before the member's admission; a member still probationary that day (full membership later or not yet) only
 * reprimanded or warned. ../shared/DOMAIN-RULES.md §5.
 */
public final class DisciplineRules {

    private DisciplineRules() {
    }

    /** @param admitted null for a member not known; {@code fullMember} the day of full membership, null if none yet */
    public static List<FieldProblem> check(LocalDate decided, @Nullable DisciplineForm form, @Nullable LocalDate admitted, @Nullable LocalDate fullMember) {
        List<FieldProblem> problems = new ArrayList<>();
        if (decided == null) {
            return problems;
        }
        if (decided.isAfter(Today.inVietnam())) {
            problems.add(new FieldProblem("decided_on", "discipline.error.future"));
        }
        if (admitted != null && decided.isBefore(admitted)) {
            problems.add(new FieldProblem("decided_on", "discipline.error.before-admission"));
        }
        boolean probationary = admitted != null && (fullMember == null || fullMember.isAfter(decided));
        if (form != null && probationary && !form.forProbationary()) {
            problems.add(new FieldProblem("form", "discipline.error.probationary"));
        }
        return problems;
    }
}
