package vn.dangbo.dashboard.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CellMeetingRepository extends JpaRepository<CellMeeting, Long> {

    @Query("select c.id from vn.dangbo.dashboard.organisation.Cell c where c.code = :code")
    Optional<Long> cellId(@Param("code") String code);

    @Query("""
            select max(m.meetingDate) from CellMeeting m join vn.dangbo.dashboard.organisation.Cell c on c.id = m.cellId
            where c.code = :cellCode
            """)
    Optional<LocalDate> latestMeetingDate(@Param("cellCode") String cellCode);

    @Query("select max(m.meetingDate) from CellMeeting m")
    Optional<LocalDate> latestMeetingDate();

    Optional<CellMeeting> findByCellIdAndMeetingDateAndKind(Long cellId, LocalDate meetingDate, MeetingKind kind);

    /** Days of the month on which regular meetings were held, the most frequent first. */
    @Query("""
            select extract(day from m.meetingDate) from CellMeeting m
            where m.kind = vn.dangbo.dashboard.meetings.MeetingKind.REGULAR and m.meetingDate between :from and :to
            group by extract(day from m.meetingDate)
            order by count(m) desc, extract(day from m.meetingDate)
            """)
    List<Integer> regularMeetingDaysByFrequency(@Param("from") LocalDate from, @Param("to") LocalDate to, Limit limit);

    @Query("""
            select new vn.dangbo.dashboard.meetings.MonthlyAttendance(extract(month from m.meetingDate), count(m),
                sum(m.present), sum(m.required))
            from CellMeeting m join vn.dangbo.dashboard.organisation.Cell c on c.id = m.cellId
            where m.kind = vn.dangbo.dashboard.meetings.MeetingKind.REGULAR and m.meetingDate between :from and :to
              and (:cellCode is null or c.code = :cellCode)
            group by extract(month from m.meetingDate)
            order by extract(month from m.meetingDate)
            """)
    List<MonthlyAttendance> attendanceByMonth(@Param("from") LocalDate from, @Param("to") LocalDate to,
                                              @Param("cellCode") @Nullable String cellCode);

    @Query("""
            select new vn.dangbo.dashboard.meetings.CellMeetingSummary(c.code,
                sum(case when m.kind = vn.dangbo.dashboard.meetings.MeetingKind.REGULAR then 1L else 0L end),
                sum(case when m.kind = vn.dangbo.dashboard.meetings.MeetingKind.THEMATIC then 1L else 0L end),
                sum(case when m.kind = vn.dangbo.dashboard.meetings.MeetingKind.REGULAR then m.present else 0 end),
                sum(case when m.kind = vn.dangbo.dashboard.meetings.MeetingKind.REGULAR then m.required else 0 end))
            from CellMeeting m join vn.dangbo.dashboard.organisation.Cell c on c.id = m.cellId
            where m.meetingDate between :from and :to
            group by c.code
            """)
    List<CellMeetingSummary> summaryByCell(@Param("from") LocalDate from, @Param("to") LocalDate to);

    @Query("""
            select new vn.dangbo.dashboard.meetings.MeetingRecord(m.meetingDate, m.kind, m.present, m.required, m.grade)
            from CellMeeting m join vn.dangbo.dashboard.organisation.Cell c on c.id = m.cellId
            where c.code = :cellCode and m.meetingDate between :from and :to
            order by m.meetingDate
            """)
    List<MeetingRecord> meetingsOf(@Param("cellCode") String cellCode, @Param("from") LocalDate from,
                                   @Param("to") LocalDate to);
}
