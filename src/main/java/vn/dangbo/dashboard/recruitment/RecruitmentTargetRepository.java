package vn.dangbo.dashboard.recruitment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecruitmentTargetRepository extends JpaRepository<RecruitmentTarget, Long> {

    List<RecruitmentTarget> findByTermIdAndTargetYearNotNull(long termId);
}
