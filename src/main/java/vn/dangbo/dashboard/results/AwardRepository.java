package vn.dangbo.dashboard.results;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AwardRepository extends JpaRepository<Award, Long> {

    @Query("""
            select new vn.dangbo.dashboard.results.AwardEntry(a.awardYear, a.title, a.awardedBy)
            from Award a where a.awardYear between :from and :to order by a.awardYear, a.title
            """)
    List<AwardEntry> awardedBetween(@Param("from") int from, @Param("to") int to);
}
