package vn.dangbo.dashboard.results;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HamletStatusRepository extends JpaRepository<HamletStatus, Long> {

    @Query("""
            select new vn.dangbo.dashboard.results.NewRuralCount(s.statusYear, count(s),
                coalesce(sum(case when s.status in (vn.dangbo.dashboard.results.NewRuralStatus.ADVANCED,
                                                    vn.dangbo.dashboard.results.NewRuralStatus.MODEL) then 1L else 0L end), 0L),
                coalesce(sum(case when s.status = vn.dangbo.dashboard.results.NewRuralStatus.MODEL then 1L else 0L end), 0L))
            from HamletStatus s
            where s.statusYear = (select max(l.statusYear) from HamletStatus l where l.statusYear between :from and :to)
            group by s.statusYear
            """)
    Optional<NewRuralCount> latestBetween(@Param("from") int from, @Param("to") int to);
}
