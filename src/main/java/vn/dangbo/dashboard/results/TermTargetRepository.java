package vn.dangbo.dashboard.results;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TermTargetRepository extends JpaRepository<TermTarget, Long> {

    @Query("""
            select new vn.dangbo.dashboard.results.TargetAchievement(
                coalesce(sum(case
                    when t.direction = vn.dangbo.dashboard.results.TargetDirection.AT_LEAST and t.resultValue >= t.targetValue then 1L
                    when t.direction = vn.dangbo.dashboard.results.TargetDirection.AT_MOST and t.resultValue <= t.targetValue then 1L
                    else 0L end), 0L),
                count(t))
            from TermTarget t where t.termId = :termId
            """)
    TargetAchievement achievement(@Param("termId") long termId);

    List<TermTarget> findByTermIdOrderByPosition(long termId);

    Optional<TermTarget> findByTermIdAndPosition(long termId, int position);
}
