package vn.dangbo.dashboard.meetings;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CellMeetingRepository extends JpaRepository<CellMeeting, Long> {

    /** Days of the month on which regular meetings were held, the most frequent first. */
    @Query("""
            select extract(day from m.meetingDate) from CellMeeting m
            where m.kind = vn.dangbo.dashboard.meetings.MeetingKind.REGULAR and m.meetingDate between :from and :to
            group by extract(day from m.meetingDate)
            order by count(m) desc, extract(day from m.meetingDate)
            """)
    List<Integer> regularMeetingDaysByFrequency(@Param("from") LocalDate from, @Param("to") LocalDate to, Limit limit);
}
