package vn.dangbo.dashboard.recruitment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.dashboard.members.CandidateAdmitted;
import vn.dangbo.dashboard.members.MemberService;
import vn.dangbo.dashboard.organisation.CommitteeCounts;
import vn.dangbo.dashboard.organisation.TermPeriod;

/** Admission of new members against the congress's targets. */
@Service
@Transactional(readOnly = true)
public class RecruitmentService {
    private final AdmissionRepository admissions;
    private final RecruitmentTargetRepository targets;
    private final CandidateRepository candidates;

    private final MemberService members;

    private final vn.dangbo.dashboard.organisation.CommitteeDirectory directory;

    RecruitmentService(AdmissionRepository admissions, RecruitmentTargetRepository targets,
                       CandidateRepository candidates, MemberService members,
                       vn.dangbo.dashboard.organisation.CommitteeDirectory directory) {
        this.members = members;
        this.directory = directory;
        this.admissions = admissions;
        this.targets = targets;
        this.candidates = candidates;
    }

    /**
     * A candidate was admitted (their member's record saved): out of the pipeline, in the same transaction as the
     * record, so both happen or neither.
     */
    @EventListener
    @Transactional
    void admitted(CandidateAdmitted admission) {
        candidates.deleteCandidate(admission.candidateName(), admission.cellCode());
    }

    /** Members admitted during the term against the term's target. */
    public RecruitmentProgress termProgress(TermPeriod term) {
        return termProgress(term, null);
    }

    /**
     * Members admitted during the term in one cell (null: all) against the term's target; the targets are the
     * committee's, so a cell's progress has none.
     */
    public RecruitmentProgress termProgress(TermPeriod term, @Nullable String cellCode) {
        if (cellCode == null) {
            return admissions.progressBetween(first(term), last(term), term.startYear());
        }
        return new RecruitmentProgress(admissions.countAdmittedBetween(first(term), last(term), cellCode), 0);
    }

    public DirectWorkerAdmissions directWorkersFromHamlets(TermPeriod term) {
        return directWorkersFromHamlets(term, null);
    }

    /** The same in one cell (null: all). */
    public DirectWorkerAdmissions directWorkersFromHamlets(TermPeriod term, @Nullable String cellCode) {
        return admissions.directWorkersFromHamlets(first(term), last(term), cellCode);
    }

    /** Every year of the term with its admissions and its target, zeros included. */
    public List<YearlyAdmissions> admissionsByYear(TermPeriod term) {
        return admissionsByYear(term, null);
    }

    /** The same in one cell (null: all); a cell's years have no target, the targets being the committee's. */
    public List<YearlyAdmissions> admissionsByYear(TermPeriod term, @Nullable String cellCode) {
        Map<Integer, Long> admitted = new HashMap<>();
        if (cellCode == null && directory.scopeSpansCommunes()) {
            admitted.putAll(members.admittedByYear(term.startYear(), term.endYear()));
        } else {
            admissions.countByYearBetween(first(term), last(term), cellCode).forEach(row -> admitted.put(row.year(), row.count()));
        }
        Map<Integer, Integer> yearly = new HashMap<>();
        if (cellCode == null) {
            targets.yearlyOfTermsStarting(term.startYear()).forEach(t -> yearly.merge(t.getTargetYear(), t.getTarget(), Integer::sum));
        }
        return IntStream.rangeClosed(term.startYear(), term.endYear())
                .mapToObj(y -> new YearlyAdmissions(y, admitted.getOrDefault(y, 0L), yearly.getOrDefault(y, 0)))
                .toList();
    }

    /** Every cell with its admissions in the term, the most first; cells that admitted nobody are included. */
    public List<CellAdmissions> admissionsByCell(TermPeriod term) {
        return admissions.countByCell(first(term), last(term));
    }

    public List<AdmittedMember> admittedInCell(String cellCode, TermPeriod term) {
        return admissions.admittedInCell(cellCode, first(term), last(term));
    }

    /** The members admitted in a year (null: in the whole term), in one cell (null: in all), the earliest first. */
    public List<Admission> admissions(TermPeriod term, @Nullable Integer year, @Nullable String cellCode) {
        LocalDate from = year == null ? first(term) : LocalDate.of(year, 1, 1);
        LocalDate to = year == null ? last(term) : LocalDate.of(year, 12, 31);
        return admissions.admittedBetween(from, to, cellCode);
    }

    /** The candidates at a stage, in one cell (null: in all), the longest waiting first. */
    public List<CandidateEntry> candidatesAt(CandidateStage stage, @Nullable String cellCode) {
        return candidates.atStage(stage, cellCode);
    }

    /** How many were admitted between two days, both included, in the whole scope. */
    public long countAdmittedBetween(LocalDate from, LocalDate to) {
        return admissions.admittedBetween(from, to, null).size();
    }

    /** The candidates who have been at their stage since before a day, in every cell, the longest waiting first. */
    public List<CandidateEntry> candidatesWaitingSince(LocalDate before) {
        return candidates.atStageSinceBefore(before);
    }

    /** Candidates at each stage of the pipeline, every stage listed in order. */
    public List<StageCount> pipeline() {
        return pipeline(null);
    }

    /** The same in one cell (null: all). */
    public List<StageCount> pipeline(@Nullable String cellCode) {
        Map<CandidateStage, Long> counts = new java.util.EnumMap<>(CandidateStage.class);
        for (CandidateStage stage : CandidateStage.values()) {
            counts.put(stage, 0L);
        }
        candidates.countByStage(cellCode).forEach(row -> counts.put(row.stage(), row.count()));
        return counts.entrySet().stream().map(e -> new StageCount(e.getKey(), e.getValue())).toList();
    }

    /** Probationary members whose twelve months end between the day given and that many days later. */
    public List<ProbationEnd> probationEndingWithin(LocalDate from, int days) {
        return probationEndingWithin(from, days, null);
    }

    /** The same in one cell (null: all). */
    public List<ProbationEnd> probationEndingWithin(LocalDate from, int days, @Nullable String cellCode) {
        return admissions.probationaryAdmittedBetween(from.minusYears(1), from.plusDays(days).minusYears(1), cellCode);
    }

    /** Probationary members whose twelve months ended before a day and who are still probationary. */
    public List<ProbationEnd> probationOverdueOn(LocalDate day) {
        return admissions.probationaryAdmittedBetween(LocalDate.of(1900, 1, 1), day.minusYears(1).minusDays(1), null);
    }

    private static LocalDate first(TermPeriod term) {
        return LocalDate.of(term.startYear(), 1, 1);
    }

    private static LocalDate last(TermPeriod term) {
        return LocalDate.of(term.endYear(), 12, 31);
    }

    /** Members admitted during the term in each committee, by the committee's id. */
    public Map<Long, Long> admittedByCommittee(TermPeriod term) {
        return CommitteeCounts.asMap(admissions.admittedByCommitteeBetween(first(term), last(term)));
    }

    /** The whole-term admission targets of the committees whose term starts with this one (former communes' too). */
    public Map<Long, Long> termTargetsByCommittee(TermPeriod term) {
        return CommitteeCounts.asMap(targets.termTargetsByCommittee(term.startYear()));
    }
}
