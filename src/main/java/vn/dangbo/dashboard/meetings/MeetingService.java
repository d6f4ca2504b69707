package vn.dangbo.dashboard.meetings;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.dashboard.base.i18n.Message;
import vn.dangbo.dashboard.base.live.DataChanged;
import vn.dangbo.dashboard.base.live.Topic;
import vn.dangbo.dashboard.organisation.CommitteeColumns;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;
import vn.dangbo.dashboard.organisation.TermPeriod;

/** Cell meetings and the study of resolutions. */
@Service
@Transactional(readOnly = true)
public class MeetingService {
    private final CellMeetingRepository meetings;
    private final StudyCampaignRepository campaigns;
    private final double attendanceStandard;
    private final ApplicationEventPublisher events;
    private final CommitteeColumns committees;
    private final MeetingSummaries summaries;
    private final CommitteeDirectory directory;

    MeetingService(CellMeetingRepository meetings, StudyCampaignRepository campaigns,
                   @Value("${dangbo.meetings.attendance-standard:0.85}") double attendanceStandard,
                   ApplicationEventPublisher events, CommitteeColumns committees, MeetingSummaries summaries,
                   CommitteeDirectory directory) {
        this.committees = committees;
        this.summaries = summaries;
        this.directory = directory;
        this.meetings = meetings;
        this.campaigns = campaigns;
        this.attendanceStandard = attendanceStandard;
        this.events = events;
    }

    /**
     * Records a cell's meeting. The same meeting recorded again changes nothing; one of that day and kind recorded
     * with other figures is not overwritten (it is corrected in Danh mục, which notices a concurrent change).
     *
     * @throws MeetingException when a figure is impossible or the meeting is recorded differently; nothing is saved then
     */
    @Transactional
    public void recordMeeting(String cellCode, LocalDate date, MeetingKind kind, int present, int required, MeetingGrade grade) {
        if (date == null || kind == null) {
            throw new MeetingException("meetings.error.required");
        }
        MeetingRules.meeting(date, present, required).stream().findFirst().ifPresent(problem -> {
            throw new MeetingException(problem.reason());
        });
        Long cell = meetings.cellId(cellCode).orElseThrow(() -> new MeetingException("meetings.error.unknown-cell", cellCode));
        Optional<CellMeeting> recorded = meetings.findByCellIdAndMeetingDateAndKind(cell, date, kind);
        if (recorded.isPresent()) {
            if (recorded.get().hasFigures(present, required, grade)) {
                return;
            }
            throw new MeetingException(kind == MeetingKind.REGULAR ? "meetings.error.already-regular" : "meetings.error.already-thematic",
                    date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                    recorded.get().getPresent() + "/" + recorded.get().getRequired());
        }
        meetings.saveAndFlush(new CellMeeting(cell, committees.ofCell(cell), date, kind, present, required, grade));
        events.publishEvent(new DataChanged("cell-meeting", new Message("audit.details.meeting", cellCode,
                date.toString(), new Message("cell.meeting." + kind.name()), String.valueOf(present), String.valueOf(required)),
                Topic.MEETINGS));
    }

    /** The share of members required to attend above which a regular meeting meets the standard (12-HD/BTCTW: 85%). */
    public double attendanceStandard() {
        return attendanceStandard;
    }

    /** Regular meetings month by month in a year, for all cells (cell code null) or one. */
    public List<MonthlyAttendance> attendanceByMonth(int year, @Nullable String cellCode) {
        if (cellCode == null && directory.scopeSpansCommunes()) {
            return summaries.attendanceByMonth(year);
        }
        return meetings.attendanceByMonth(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), cellCode);
    }

    /** Each cell's meetings held and attendance in a year. */
    public List<CellMeetingSummary> summaryByCell(int year) {
        return summaryByCell(year, year);
    }

    /** Each cell's meetings held and attendance over several years, first to last, in one aggregate. */
    public List<CellMeetingSummary> summaryByCell(int firstYear, int lastYear) {
        return summaryBetween(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31));
    }

    /** Each cell's meetings between two days, both included; a cell that held none is not listed. */
    public List<CellMeetingSummary> summaryBetween(LocalDate from, LocalDate to) {
        return meetings.summaryByCell(from, to);
    }

    /** The day of the latest meeting recorded in the scope, if any: how far the office has kept the records. */
    public Optional<LocalDate> latestMeetingDate() {
        return meetings.latestMeetingDate();
    }

    /** The last year in which the cell has a meeting recorded, if any: where the office's form opens. */
    public Optional<Integer> latestMeetingYear(String cellCode) {
        return meetings.latestMeetingDate(cellCode).map(LocalDate::getYear);
    }

    public List<MeetingRecord> meetingsOf(String cellCode, int year) {
        return meetings.meetingsOf(cellCode, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The day of the month on which the cells usually hold their regular meeting during the term. */
    public OptionalInt usualMeetingDay(TermPeriod term) {
        if (directory.scopeSpansCommunes()) {
            return summaries.usualDay(term.startYear(), term.endYear());
        }
        return meetings.regularMeetingDaysByFrequency(
                        LocalDate.of(term.startYear(), 1, 1), LocalDate.of(term.endYear(), 12, 31), Limit.of(1))
                .stream().mapToInt(Integer::intValue).findFirst();
    }

    /** Every resolution studied during the term, the earliest first. */
    public List<StudyRecord> studies(TermPeriod term) {
        return campaigns.studiesBetween(term.startYear(), term.endYear());
    }

    public ParticipationRange studyParticipation(TermPeriod term) {
        return campaigns.participationBetween(term.startYear(), term.endYear());
    }

    /**
     * A year's regular meetings' attendance in each committee that held any, by the id of the committee each meeting
     * belongs to (a former commune's own), from the meetings counted per committee.
     */
    public Map<Long, CommitteeAttendance> attendanceByCommittee(int year) {
        Map<Long, CommitteeAttendance> byId = new HashMap<>();
        summaries.attendanceByCommittee(year).forEach(row -> byId.put(row.committeeId(), row));
        return byId;
    }

    /**
     * Whether the scope spans several communes (a province): its figures are then read from the meetings counted per
     * committee ({@link MeetingSummaries}), a commune's from its meetings.
     */
}
