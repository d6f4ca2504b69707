package vn.dangbo.dashboard.discipline;

import org.hibernate.annotations.Filter;
import vn.dangbo.dashboard.organisation.ScopeFilter;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** A disciplinary decision on a member: the day, the form, and who decided (the level of the decision). */
@Entity
@Filter(name = ScopeFilter.NAME, condition = ScopeFilter.BY_COMMITTEE, deduceAliasInjectionPoints = false)
public class Discipline {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long memberId;
    private LocalDate decidedOn;
    @Enumerated(EnumType.STRING)
    private DisciplineForm form;
    private String decidedBy;

    protected Discipline() {
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public DisciplineForm getForm() {
        return form;
    }
}
