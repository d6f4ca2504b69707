package vn.dangbo.dashboard.conclusions;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A recorded conclusion as the pages show it, with where it stands. Its words and names are shown as text. */
public record ConclusionEntry(long id, LocalDate meetingDate, ConclusionSubject subject, String subjectKey,
                              String subjectLabel, @Nullable String period, String content, String assignee, LocalDate dueDate,
                              @Nullable LocalDate doneOn, ConclusionState state) {
}
