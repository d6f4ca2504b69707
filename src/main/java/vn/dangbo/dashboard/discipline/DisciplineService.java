package vn.dangbo.dashboard.discipline;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.dashboard.organisation.TermPeriod;

/** Disciplinary decisions on members. */
@Service
@Transactional(readOnly = true)
public class DisciplineService {
    private final DisciplineRepository disciplines;

    DisciplineService(DisciplineRepository disciplines) {
        this.disciplines = disciplines;
    }

    /** How many decisions of each form in each year of the term (only those with any). */
    public List<DisciplineYear> byYear(TermPeriod term) {
        return disciplines.countByYear(LocalDate.of(term.startYear(), 1, 1), LocalDate.of(term.endYear(), 12, 31));
    }
}
