package vn.dangbo.dashboard.meetings;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StudyCampaignRepository extends JpaRepository<StudyCampaign, Long> {

    @Query("""
            select new vn.dangbo.dashboard.meetings.ParticipationRange(
                coalesce(min(1.0D * s.tookPart / s.required), 0.0D), coalesce(max(1.0D * s.tookPart / s.required), 0.0D), count(s))
            from StudyCampaign s
            where s.studyYear between :from and :to and s.required > 0
            """)
    ParticipationRange participationBetween(@Param("from") int from, @Param("to") int to);

    @Query("""
            select new vn.dangbo.dashboard.meetings.StudyRecord(s.resolution, s.studyYear, s.tookPart, s.required)
            from StudyCampaign s where s.studyYear between :from and :to
            order by s.studyYear, s.resolution
            """)
    java.util.List<StudyRecord> studiesBetween(@Param("from") int from, @Param("to") int to);
}
