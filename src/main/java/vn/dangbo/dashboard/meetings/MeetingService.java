package vn.dangbo.dashboard.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.dashboard.organisation.TermPeriod;

/** Cell meetings and the study of resolutions. */
@Service
@Transactional(readOnly = true)
public class MeetingService {
    private final CellMeetingRepository meetings;
    private final StudyCampaignRepository campaigns;
    private final double attendanceStandard;

    MeetingService(CellMeetingRepository meetings, StudyCampaignRepository campaigns,
                   @Value("${dangbo.meetings.attendance-standard:0.85}") double attendanceStandard) {
        this.meetings = meetings;
        this.campaigns = campaigns;
        this.attendanceStandard = attendanceStandard;
    }

    /** The share of members required to attend above which a regular meeting meets the standard (12-HD/BTCTW: 85%). */
    public double attendanceStandard() {
        return attendanceStandard;
    }

    /** Regular meetings month by month in a year, for all cells (cell code null) or one. */
    public List<MonthlyAttendance> attendanceByMonth(int year, String cellCode) {
        return meetings.attendanceByMonth(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), cellCode);
    }

    /** Each cell's meetings held and attendance in a year. */
    public List<CellMeetingSummary> summaryByCell(int year) {
        return meetings.summaryByCell(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public List<MeetingRecord> meetingsOf(String cellCode, int year) {
        return meetings.meetingsOf(cellCode, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The day of the month on which the cells usually hold their regular meeting during the term. */
    public OptionalInt usualMeetingDay(TermPeriod term) {
        return meetings.regularMeetingDaysByFrequency(
                        LocalDate.of(term.startYear(), 1, 1), LocalDate.of(term.endYear(), 12, 31), Limit.of(1))
                .stream().mapToInt(Integer::intValue).findFirst();
    }

    public ParticipationRange studyParticipation(TermPeriod term) {
        return campaigns.participationBetween(term.startYear(), term.endYear());
    }
}
