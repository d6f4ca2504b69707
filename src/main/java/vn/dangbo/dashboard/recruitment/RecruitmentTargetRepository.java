package vn.dangbo.dashboard.recruitment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RecruitmentTargetRepository extends JpaRepository<RecruitmentTarget, Long> {

    @Query("select t.target from RecruitmentTarget t where t.termId = :termId and t.targetYear is null")
    Optional<Integer> termTarget(@Param("termId") long termId);

    List<RecruitmentTarget> findByTermIdAndTargetYearNotNull(long termId);
}
