package vn.dangbo.dashboard.meetings;

import java.time.LocalDate;
import java.util.OptionalInt;
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

    MeetingService(CellMeetingRepository meetings, StudyCampaignRepository campaigns) {
        this.meetings = meetings;
        this.campaigns = campaigns;
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
