package vn.dangbo.dashboard.conclusions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.i18n.FieldProblem;

/** A conclusion's dates: due, and done, no earlier than the meeting that recorded it. The form's and the import's. */
public final class ConclusionRules {

    private ConclusionRules() {
    }

    public static List<FieldProblem> dates(LocalDate meeting, LocalDate due, @Nullable LocalDate done) {
        List<FieldProblem> problems = new ArrayList<>();
        if (meeting != null && due != null && due.isBefore(meeting)) {
            problems.add(new FieldProblem("due_date", "conclusions.error.due-before-meeting"));
        }
        if (meeting != null && done != null && done.isBefore(meeting)) {
            problems.add(new FieldProblem("done_on", "conclusions.error.done-before-meeting"));
        }
        return problems;
    }
}
