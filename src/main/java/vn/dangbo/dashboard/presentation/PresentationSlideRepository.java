package vn.dangbo.dashboard.presentation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PresentationSlideRepository extends JpaRepository<PresentationSlide, Integer> {
    List<PresentationSlide> findAllByOrderByPositionAsc();
}
