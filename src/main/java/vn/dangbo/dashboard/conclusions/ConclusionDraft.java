package vn.dangbo.dashboard.conclusions;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A conclusion as the meeting words it, before it is recorded: the meeting's day, its subject (a figure's card id
 * with the card's title and the period the page showed, a cell's code and name, or the whole meeting), the words,
 * who carries it out and by when.
 */
public record ConclusionDraft(LocalDate meetingDate, ConclusionSubject subject, String subjectKey, String subjectLabel,
                              @Nullable String period, String content, String assignee, LocalDate dueDate) {
}
