package vn.dangbo.dashboard.discipline;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DisciplineRepository extends JpaRepository<Discipline, Long> {

    @Query("""
            select new vn.dangbo.dashboard.discipline.DisciplineYear(extract(year from d.decidedOn), d.form, count(d))
            from Discipline d where d.decidedOn between :from and :to
            group by extract(year from d.decidedOn), d.form
            """)
    List<DisciplineYear> countByYear(@Param("from") LocalDate from, @Param("to") LocalDate to);
}
