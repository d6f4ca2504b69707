package vn.dangbo.dashboard.members;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.Today;
import vn.dangbo.dashboard.base.i18n.FieldProblem;

/**
 * The party's rules for one member's record, the same for the member form, the import and Danh mục: a code the
 * office can type, an admission not in the future, full membership and leaving not before admission, and a leaving
 * date together with its reason.
 */
public final class MemberRules {
    /** Letters without diacritics, digits, dot, dash, underscore; at most 20. */
    public static final String CODE = "[A-Za-z0-9._-]{1,20}";

    private MemberRules() {
    }

    /** Every rule the record breaks, in the order of its fields; empty when it keeps them all. */
    public static List<FieldProblem> check(String code, @Nullable LocalDate admitted, @Nullable LocalDate full, @Nullable LocalDate left,
                                           @Nullable LeaveReason reason) {
        List<FieldProblem> problems = new ArrayList<>();
        if (code == null || !code.trim().matches(CODE)) {
            problems.add(new FieldProblem("code", "member.code.pattern"));
        }
        if (admitted != null && admitted.isAfter(Today.inVietnam())) {
            problems.add(new FieldProblem("admission_date", "member.admission.future"));
        }
        if (admitted != null && full != null && full.isBefore(admitted)) {
            problems.add(new FieldProblem("full_membership_date", "members.error.full-before-admission"));
        }
        if (admitted != null && left != null && left.isBefore(admitted)) {
            problems.add(new FieldProblem("left_date", "members.error.leave-before-admission"));
        }
        if ((left == null) != (reason == null)) {
            problems.add(new FieldProblem(left == null ? "left_date" : "left_reason", "members.error.leave-required"));
        }
        return problems;
    }

    /** A transfer in is not before admission nor in the future, and a member leaves only after coming in. */
    public static List<FieldProblem> transferredIn(@Nullable LocalDate admitted, @Nullable LocalDate transferredIn, @Nullable LocalDate left) {
        List<FieldProblem> problems = new ArrayList<>();
        if (transferredIn == null) {
            return problems;
        }
        if (transferredIn.isAfter(Today.inVietnam())) {
            problems.add(new FieldProblem("transferred_in_date", "members.error.transfer-in-future"));
        }
        if (admitted != null && transferredIn.isBefore(admitted)) {
            problems.add(new FieldProblem("transferred_in_date", "members.error.transfer-in-before-admission"));
        }
        if (left != null && left.isBefore(transferredIn)) {
            problems.add(new FieldProblem("left_date", "members.error.leave-before-transfer-in"));
        }
        return problems;
    }

    /**
     * The statistical profile's dates: a birth date in the birth year the record gives (a year alone is enough), and
     * a restoration of membership (phục hồi đảng tịch) after admission, not in the future, and before any leaving.
     */
    public static List<FieldProblem> profile(Integer birthYear, @Nullable LocalDate born, @Nullable LocalDate admitted, @Nullable LocalDate restored,
                                             @Nullable LocalDate left) {
        List<FieldProblem> problems = new ArrayList<>();
        if (born != null && birthYear != null && born.getYear() != birthYear) {
            problems.add(new FieldProblem("birth_date", "members.error.birth-date-year", String.valueOf(birthYear)));
        }
        if (restored != null && (restored.isAfter(Today.inVietnam()) || admitted != null && restored.isBefore(admitted)
                || left != null && left.isBefore(restored))) {
            problems.add(new FieldProblem("restored_date", "members.error.restored-date"));
        }
        return problems;
    }
}
