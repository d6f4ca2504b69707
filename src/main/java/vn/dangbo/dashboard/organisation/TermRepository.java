package vn.dangbo.dashboard.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TermRepository extends JpaRepository<Term, Long> {
    List<Term> findAllByOrderByStartYearDesc();
}
