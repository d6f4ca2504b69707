package vn.dangbo.dashboard.presentation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PresentationSlideRepository extends JpaRepository<PresentationSlide, Long> {
    List<PresentationSlide> findAllByCommitteeIdOrderByPositionAsc(long committeeId);

    /** A committee's choice, removed to be chosen anew (a bulk delete: the scope filter does not apply, the id does). */
    @Modifying
    @Query("delete from PresentationSlide s where s.committeeId = :committee")
    void deleteByCommittee(@Param("committee") long committeeId);
}
