package vn.dangbo.dashboard.training;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TrainingRepository extends JpaRepository<Training, Long> {

    @Query("""
            select new vn.dangbo.dashboard.training.ProgrammeCount(t.programme, count(t))
            from Training t where t.startYear between :from and :to
              and (:cellCode is null or t.memberId in (
                  select m.id from vn.dangbo.dashboard.members.Member m where m.cell.code = :cellCode))
            group by t.programme
            """)
    List<ProgrammeCount> countByProgramme(@Param("from") int from, @Param("to") int to, @Param("cellCode") @Nullable String cellCode);

    @Query("""
            select new vn.dangbo.dashboard.training.TrainedMember(m.code, m.fullName, m.cell.code, m.cell.name,
                   t.programme, t.startYear)
            from Training t join vn.dangbo.dashboard.members.Member m on m.id = t.memberId
            where t.startYear between :from and :to and t.programme = :programme
              and (:cellCode is null or m.cell.code = :cellCode)
            order by t.startYear, m.fullName
            """)
    List<TrainedMember> trainedIn(@Param("from") int from, @Param("to") int to, @Param("programme") TrainingProgramme programme,
                                  @Param("cellCode") @Nullable String cellCode);
}
