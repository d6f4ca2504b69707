package vn.dangbo.dashboard.conclusions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.dashboard.base.i18n.Formats;
import vn.dangbo.dashboard.base.i18n.Message;
import vn.dangbo.dashboard.base.i18n.Refusal;
import vn.dangbo.dashboard.base.live.DataChanged;
import vn.dangbo.dashboard.base.live.Topic;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;

/**
 * The conclusions a committee's meetings record and carry forward: recorded on the page's committee, each audited;
 * the next meeting opens with those still open and their state.
 */
@Service
@Transactional(readOnly = true)
public class ConclusionService {
    static final int MAX_CONTENT = 500;
    static final int MAX_NAME = 200;
    /** How far back a meeting looks for conclusions done since the last one. */
    static final int DONE_SHOWN_DAYS = 45;
    private final ConclusionRepository conclusions;
    private final CommitteeDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConclusionService(ConclusionRepository conclusions, CommitteeDirectory directory, ApplicationEventPublisher events,
                      Clock clock) {
        this.conclusions = conclusions;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a conclusion on the page's committee; saved and flushed before this returns.
     *
     * @throws Refusal when a field is missing or too long, the due date is before the meeting, the same conclusion is
     *                 recorded already, or the page names no one committee; nothing is saved then
     */
    @Transactional
    public ConclusionEntry record(ConclusionDraft draft) {
        check(draft);
        long committee = directory.ofPage().orElseThrow(() -> new Refusal("conclusions.error.no-committee"));
        if (conclusions.countSame(draft.meetingDate(), draft.subject(), draft.subjectKey(), draft.content().strip()) > 0) {
            throw new Refusal("conclusions.error.duplicate");
        }
        Conclusion saved = conclusions.saveAndFlush(new Conclusion(committee, draft));
        events.publishEvent(new DataChanged("conclusion", new Message("audit.details.conclusion",
                Formats.date(draft.meetingDate()), label(draft), draft.content().strip(), draft.assignee().strip(),
                Formats.date(draft.dueDate())), java.util.Set.of(Topic.CONCLUSIONS), committee));
        return saved.entry(today());
    }

    /** Marks a conclusion done today. */
    @Transactional
    public void markDone(long id) {
        Conclusion conclusion = conclusions.inScope(id).orElseThrow(() -> new Refusal("conclusions.error.unknown"));
        conclusion.markDone(today());
        conclusions.flush();
        ConclusionEntry entry = conclusion.entry(today());
        events.publishEvent(new DataChanged("conclusion", new Message("audit.details.conclusion-done",
                Formats.date(entry.meetingDate()), entry.content()), Topic.CONCLUSIONS));
    }

    /** The conclusions still open, and those done in the last weeks: what a meeting opens with, the oldest due first. */
    public List<ConclusionEntry> carriedForward() {
        LocalDate today = today();
        return conclusions.openOrDoneSince(today.minusDays(DONE_SHOWN_DAYS)).stream().map(c -> c.entry(today)).toList();
    }

    /** Every conclusion on these subjects (cards' ids, cells' codes), the latest meeting first. */
    public List<ConclusionEntry> concerning(List<String> subjectKeys) {
        if (subjectKeys.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        return conclusions.concerning(subjectKeys).stream().map(c -> c.entry(today)).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String label(ConclusionDraft draft) {
        return draft.subjectLabel() == null || draft.subjectLabel().isBlank() ? draft.subjectKey() : draft.subjectLabel();
    }

    private static void check(ConclusionDraft draft) {
        if (draft.meetingDate() == null || draft.dueDate() == null || draft.subject() == null
                || blank(draft.subjectKey()) || blank(draft.content()) || blank(draft.assignee())) {
            throw new Refusal("conclusions.error.required");
        }
        if (draft.content().strip().length() > MAX_CONTENT) {
            throw new Refusal("conclusions.error.too-long", MAX_CONTENT);
        }
        if (draft.assignee().strip().length() > MAX_NAME || draft.subjectKey().length() > 100
                || (draft.subjectLabel() != null && draft.subjectLabel().length() > MAX_NAME)) {
            throw new Refusal("conclusions.error.name-too-long", MAX_NAME);
        }
        ConclusionRules.dates(draft.meetingDate(), draft.dueDate(), null).stream().findFirst().ifPresent(problem -> {
            throw new Refusal(problem.reason());
        });
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
