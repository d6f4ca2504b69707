package vn.dangbo.dashboard.results;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CommuneCriteriaRepository extends JpaRepository<CommuneCriteria, Long> {

    /** The latest year's criteria between two years. */
    @Query("""
            select new vn.dangbo.dashboard.results.CommuneNewRural(c.criteriaYear, c.criteriaMet, c.criteriaTotal, c.level)
            from CommuneCriteria c
            where c.criteriaYear = (select max(l.criteriaYear) from CommuneCriteria l where l.criteriaYear between :from and :to)
            """)
    Optional<CommuneNewRural> latestBetween(@Param("from") int from, @Param("to") int to);
}
