package vn.dangbo.dashboard.meetings;

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

/** One cell meeting: when, which kind, who attended of those required to, and its grade. */
@Entity
@Filter(name = ScopeFilter.NAME, condition = ScopeFilter.BY_COMMITTEE, deduceAliasInjectionPoints = false)
public class CellMeeting {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long cellId;
    /** The cell's committee, which the meeting belongs to. */
    private @Nullable Long committeeId;
    private LocalDate meetingDate;
    @Enumerated(EnumType.STRING)
    private MeetingKind kind;
    private int present;
    private int required;
    @Enumerated(EnumType.STRING)
    private MeetingGrade grade;

    protected CellMeeting() {
    }

    CellMeeting(Long cellId, @Nullable Long committeeId, LocalDate meetingDate, MeetingKind kind, int present, int required,
                MeetingGrade grade) {
        this.cellId = cellId;
        this.committeeId = committeeId;
        this.meetingDate = meetingDate;
        this.kind = kind;
        this.present = present;
        this.required = required;
        this.grade = grade;
    }

    /** Whether this meeting is recorded with these figures. */
    boolean hasFigures(int present, int required, MeetingGrade grade) {
        return this.present == present && this.required == required && this.grade == grade;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public int getPresent() {
        return present;
    }

    public int getRequired() {
        return required;
    }

    public MeetingGrade getGrade() {
        return grade;
    }
}
