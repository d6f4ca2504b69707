package vn.dangbo.dashboard.meetings;

import vn.dangbo.dashboard.base.Today;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dangbo.dashboard.base.i18n.FieldProblem;

/**
 * The party's rules for a cell meeting and for the study of a resolution, the same for the meeting form, the import
 * and Danh mục: a meeting is not in the future, and no more take part than were required to.
 */
public final class MeetingRules {

    private MeetingRules() {
    }

    /** Every rule a meeting breaks; empty when it keeps them all. */
    public static List<FieldProblem> meeting(LocalDate date, int present, int required) {
        List<FieldProblem> problems = new ArrayList<>();
        if (date != null && date.isAfter(Today.inVietnam())) {
            problems.add(new FieldProblem("meeting_date", "meetings.error.future"));
        }
        if (required <= 0 || present < 0) {
            problems.add(new FieldProblem("required", "meetings.error.counts"));
        } else if (present > required) {
            problems.add(new FieldProblem("present", "meetings.error.too-many", present, required));
        }
        return problems;
    }

    /** Every rule a resolution's study breaks: more took part than were required to. */
    public static List<FieldProblem> study(int tookPart, int required) {
        return tookPart > required
                ? List.of(new FieldProblem("took_part", "meetings.error.study-too-many", tookPart, required))
                : List.of();
    }
}
