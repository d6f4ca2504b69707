package vn.dangbo.dashboard.members;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.dashboard.base.i18n.BundleMessageInterpolator;
import vn.dangbo.dashboard.base.i18n.Folding;
import vn.dangbo.dashboard.base.i18n.Message;
import vn.dangbo.dashboard.base.live.DataChanged;
import vn.dangbo.dashboard.base.live.Topic;
import vn.dangbo.dashboard.base.live.ValueChanges;
import vn.dangbo.dashboard.organisation.Cell;
import vn.dangbo.dashboard.organisation.CommitteeColumns;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;

@Service
@Transactional(readOnly = true)
public class MemberService {
    private final MemberRepository members;
    private final ApplicationEventPublisher events;
    private final Validator validator;

    private final CommitteeColumns committees;
    private final MemberSummaries summaries;
    private final CommitteeDirectory directory;

    MemberService(MemberRepository members, ApplicationEventPublisher events, Validator validator,
                  CommitteeColumns committees, MemberSummaries summaries, CommitteeDirectory directory) {
        this.committees = committees;
        this.summaries = summaries;
        this.directory = directory;
        this.members = members;
        this.events = events;
        this.validator = validator;
    }

    /** A member's record to edit, with its version. */
    public Optional<MemberDraft> draft(String code) {
        return members.findByCode(code).map(m -> {
            MemberDraft draft = new MemberDraft();
            draft.setCode(m.getCode());
            draft.setFullName(m.getFullName());
            draft.setGender(m.getGender());
            draft.setBirthYear(m.getBirthYear());
            draft.setCellCode(m.getCell().getCode());
            draft.setStatus(m.getStatus());
            draft.setAdmissionDate(m.getAdmissionDate());
            draft.setFullMembershipDate(m.getFullMembershipDate());
            draft.setTransferredInDate(m.getTransferredInDate());
            draft.setExempt(m.isExempt());
            draft.setDirectWorker(m.isDirectWorker());
            m.describeIn(draft);
            draft.setVersion(m.getVersion());
            return draft;
        });
    }

    /**
     * Saves a new or edited member.
     *
     * @throws MemberException when a field or a rule is wrong, or someone else saved the member meanwhile
     */
    @Transactional
    public void save(MemberDraft draft) {
        validator.validate(draft).stream().findFirst().ifPresent(v -> {
            String key = BundleMessageInterpolator.keyOf(v.getMessageTemplate());
            throw new MemberException(key != null ? key : "members.error.invalid");
        });
        java.util.stream.Stream.concat(
                        MemberRules.check(draft.getCode(), draft.getAdmissionDate(), draft.getFullMembershipDate(), null, null).stream(),
                        java.util.stream.Stream.concat(
                                MemberRules.transferredIn(draft.getAdmissionDate(), draft.getTransferredInDate(), null).stream(),
                                MemberRules.profile(draft.getBirthYear(), draft.getBirthDate(), draft.getAdmissionDate(),
                                        draft.getRestoredDate(), null).stream()))
                .findFirst().ifPresent(problem -> {
                    throw new MemberException(problem.reason());
                });
        Cell cell = cell(draft.getCellCode());
        Member member;
        if (draft.isNew()) {
            if (members.findByCode(draft.getCode().trim()).isPresent()) {
                throw new MemberException("members.error.code-taken", draft.getCode().trim());
            }
            member = new Member(draft.getCode().trim(), draft, cell);
        } else {
            member = current(draft.getCode(), draft.getVersion());
        }
        Map<String, Object> before = draft.isNew() ? Map.of() : member.auditedFields();
        Long committeeBefore = member.getCommitteeId();
        member.update(draft, cell);
        members.save(member);
        followIfMoved(member, committeeBefore);
        if (draft.isNew() && draft.getAdmittedCandidate() != null) {
            events.publishEvent(new CandidateAdmitted(draft.getAdmittedCandidate(), cell.getCode()));
        }
        events.publishEvent(new DataChanged("member", new Message(draft.isNew() ? "audit.details.member.added"
                : "audit.details.member.edited", member.getCode(), ValueChanges.between(before, member.auditedFields())),
                Topic.MEMBERS));
    }

    /** Records that a member left the party, on a date and for a reason; they stay on record. */
    @Transactional
    public void leave(String code, long version, LocalDate date, LeaveReason reason) {
        leave(code, version, date, reason, null);
    }

    /** {@link #leave(String, long, LocalDate, LeaveReason)}, a transfer out with where to (another province or commune). */
    @Transactional
    public void leave(String code, long version, LocalDate date, LeaveReason reason, @Nullable TransferScope scope) {
        if (date == null || reason == null) {
            throw new MemberException("members.error.leave-required");
        }
        Member member = current(code, version);
        MemberRules.check(code, member.getAdmissionDate(), member.getFullMembershipDate(), date, reason).stream()
                .findFirst().ifPresent(problem -> {
                    throw new MemberException(problem.reason());
                });
        Map<String, Object> before = member.auditedFields();
        member.leave(date, reason, scope);
        events.publishEvent(new DataChanged("member", new Message("audit.details.member.left", code,
                ValueChanges.between(before, member.auditedFields())), Topic.MEMBERS));
    }

    /** Moves a member to another cell. */
    @Transactional
    public void transfer(String code, long version, @Nullable String cellCode) {
        Member member = current(code, version);
        Map<String, Object> before = member.auditedFields();
        Long committeeBefore = member.getCommitteeId();
        member.transferTo(cell(cellCode));
        followIfMoved(member, committeeBefore);
        events.publishEvent(new DataChanged("member", new Message("audit.details.member.moved", code,
                ValueChanges.between(before, member.auditedFields())), Topic.MEMBERS));
    }

    /** A member moved to a cell of another committee: what hangs on them (ratings, training, badges…) follows. */
    private void followIfMoved(Member member, Long committeeBefore) {
        if (member.getId() != null && committeeBefore != null && !committeeBefore.equals(member.getCommitteeId())) {
            members.flush();
            committees.followMember(member.getId());
        }
    }

    private Member current(String code, @Nullable Long version) {
        Member member = members.findByCode(code).orElseThrow(() -> new MemberException("members.error.unknown", code));
        if (version == null || member.getVersion() != version) {
            throw new MemberException("members.error.stale", code);
        }
        return member;
    }

    /** A year's counts: every year of the term has its map, and the queries read only the term's days. */
    private static java.util.Map<Movement, Long> year(java.util.Map<Integer, java.util.Map<Movement, Long>> byYear, int year) {
        return Objects.requireNonNull(byYear.get(year), "a year outside the term");
    }

    private Cell cell(@Nullable String code) {
        return members.cellByCode(code == null ? "" : code.trim())
                .orElseThrow(() -> new MemberException("members.error.unknown-cell", code == null ? "" : code));
    }

    /**
     * How the membership moved over the term (1 January of its first year to 31 December of its last): at the start,
     * each year's ways in and out, at the end.
     */
    public MembershipMovement movement(vn.dangbo.dashboard.organisation.TermPeriod term) {
        java.time.LocalDate first = java.time.LocalDate.of(term.startYear(), 1, 1);
        java.time.LocalDate last = java.time.LocalDate.of(term.endYear(), 12, 31);
        java.util.Map<Integer, java.util.Map<Movement, Long>> byYear = new java.util.TreeMap<>();
        for (int year = term.startYear(); year <= term.endYear(); year++) {
            java.util.Map<Movement, Long> counts = new java.util.EnumMap<>(Movement.class);
            for (Movement way : Movement.values()) {
                counts.put(way, 0L);
            }
            byYear.put(year, counts);
        }
        members.admittedBetween(first, last).forEach(c -> year(byYear, c.year()).put(Movement.ADMITTED, c.count()));
        members.transferredInBetween(first, last).forEach(c -> year(byYear, c.year()).put(Movement.TRANSFERRED_IN, c.count()));
        members.restoredBetween(first, last).forEach(c -> year(byYear, c.year()).put(Movement.RESTORED, c.count()));
        members.leavingBetween(first, last).forEach(c -> year(byYear, c.year())
                .merge(Movement.leaving(LeaveReason.valueOf(c.way())), c.count(), Long::sum));
        return new MembershipMovement(members.countMembersOn(first),
                byYear.entrySet().stream().map(e -> new MembershipMovement.Year(e.getKey(), e.getValue())).toList(),
                members.countMembersOn(last.plusDays(1)));
    }

    /** How many were members on a day (admitted before it and not yet left). */
    public long membersOn(java.time.LocalDate day) {
        return members.countMembersOn(day);
    }

    public MembershipSummary currentMembership() {
        return currentMembership(null);
    }

    /** The current members of one cell (null: of the whole committee). */
    public MembershipSummary currentMembership(@Nullable String cellCode) {
        if (cellCode == null && directory.scopeSpansCommunes()) {
            return summaries.current();
        }
        return members.summarizeCurrent(cellCode);
    }

    /**
     * Members admitted per year from first to last, whether still in the party or not, by year; years without
     * admissions are absent. A scope of several communes reads the members counted per committee.
     */
    public Map<Integer, Long> admittedByYear(int first, int last) {
        Map<Integer, Long> byYear = new java.util.TreeMap<>();
        summaries.admittedByYear(first, last).forEach(row -> byYear.put(row.year(), row.count()));
        return byYear;
    }


    /** Members (current or not) whose code or name contains the text, ignoring case; at most {@code limit}. */
    public List<FoundMember> search(String text, int limit) {
        String cleaned = Folding.fold(text).trim();
        if (cleaned.isEmpty()) {
            return List.of();
        }
        String pattern = "%" + cleaned.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return members.search(pattern, Folding.ACCENTED, Folding.PLAIN, org.springframework.data.domain.Limit.of(limit));
    }

    /** A cell's current members, by name. */
    public List<CellMember> currentMembersOf(String cellCode) {
        return members.currentMembersOf(cellCode);
    }

    /** Current members per cell code; cells without members are absent. */
    public java.util.Map<String, Long> currentHeadcountByCell() {
        return members.currentHeadcountByCell().stream()
                .collect(java.util.stream.Collectors.toMap(CellHeadcount::cellCode, CellHeadcount::members));
    }

    /**
     * Current members in each committee that has any, by the id of the committee each member belongs to (a former
     * commune's own), from the members counted per committee.
     */
    public Map<Long, Long> currentMembersByCommittee() {
        return summaries.currentByCommittee();
    }
}
