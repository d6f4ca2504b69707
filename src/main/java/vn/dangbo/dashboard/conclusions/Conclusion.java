package vn.dangbo.dashboard.conclusions;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import org.hibernate.annotations.Filter;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.organisation.ScopeFilter;

/** A conclusion a committee's meeting recorded: on what, what, who carries it out, by when, and when it was done. */
@Entity
@Filter(name = ScopeFilter.NAME, condition = ScopeFilter.BY_COMMITTEE, deduceAliasInjectionPoints = false)
class Conclusion {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long committeeId;
    private LocalDate meetingDate;
    @Enumerated(EnumType.STRING)
    private ConclusionSubject subjectKind;
    private String subjectKey;
    private String subjectLabel;
    private @Nullable String period;
    private String content;
    private String assignee;
    private LocalDate dueDate;
    private @Nullable LocalDate doneOn;

    protected Conclusion() {
    }

    Conclusion(long committeeId, ConclusionDraft draft) {
        this.committeeId = committeeId;
        this.meetingDate = draft.meetingDate();
        this.subjectKind = draft.subject();
        this.subjectKey = draft.subjectKey();
        this.subjectLabel = draft.subjectLabel();
        this.period = draft.period();
        this.content = draft.content().strip();
        this.assignee = draft.assignee().strip();
        this.dueDate = draft.dueDate();
    }

    void markDone(LocalDate day) {
        this.doneOn = day;
    }

    Long getId() {
        return id;
    }

    ConclusionEntry entry(LocalDate today) {
        ConclusionState state = doneOn != null ? ConclusionState.DONE
                : dueDate.isBefore(today) ? ConclusionState.OVERDUE : ConclusionState.OPEN;
        return new ConclusionEntry(id, meetingDate, subjectKind, subjectKey, subjectLabel, period, content, assignee,
                dueDate, doneOn, state);
    }
}
