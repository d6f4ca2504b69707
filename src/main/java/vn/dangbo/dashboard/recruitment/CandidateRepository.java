package vn.dangbo.dashboard.recruitment;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CandidateRepository extends JpaRepository<Candidate, Long> {

    @Query("""
            select new vn.dangbo.dashboard.recruitment.StageCount(c.stage, count(c)) from Candidate c
            where :cellCode is null or c.cellId = (select x.id from vn.dangbo.dashboard.organisation.Cell x where x.code = :cellCode)
            group by c.stage
            """)
    List<StageCount> countByStage(@Nullable @org.springframework.data.repository.query.Param("cellCode") String cellCode);

    @Query("""
            select new vn.dangbo.dashboard.recruitment.CandidateEntry(c.fullName, x.code, x.name, c.stage, c.stageDate)
            from Candidate c join vn.dangbo.dashboard.organisation.Cell x on x.id = c.cellId
            where c.stage = :stage and (:cellCode is null or x.code = :cellCode)
            order by c.stageDate, c.fullName
            """)
    List<CandidateEntry> atStage(@org.springframework.data.repository.query.Param("stage") CandidateStage stage,
                                 @Nullable @org.springframework.data.repository.query.Param("cellCode") String cellCode);

    /** Every candidate at their stage since before a day, the longest waiting first. */
    @Query("""
            select new vn.dangbo.dashboard.recruitment.CandidateEntry(c.fullName, x.code, x.name, c.stage, c.stageDate)
            from Candidate c join vn.dangbo.dashboard.organisation.Cell x on x.id = c.cellId
            where c.stageDate < :before
            order by c.stageDate, c.fullName
            """)
    List<CandidateEntry> atStageSinceBefore(@org.springframework.data.repository.query.Param("before") LocalDate before);

    @Modifying
    @Query("delete from Candidate c where c.fullName = :name and c.cellId = (select x.id from Cell x where x.code = :cellCode)")
    int deleteCandidate(String name, String cellCode);
}
