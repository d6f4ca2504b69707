package vn.dangbo.dashboard.recruitment;

import org.hibernate.annotations.Filter;
import vn.dangbo.dashboard.organisation.ScopeFilter;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** A person in the recruitment pipeline (quần chúng ưu tú), at one stage since a date. */
@Entity
@Filter(name = ScopeFilter.NAME, condition = ScopeFilter.BY_COMMITTEE, deduceAliasInjectionPoints = false)
public class Candidate {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String fullName;
    private Long cellId;
    @Enumerated(EnumType.STRING)
    private CandidateStage stage;
    private LocalDate stageDate;

    protected Candidate() {
    }

    public String getFullName() {
        return fullName;
    }

    public CandidateStage getStage() {
        return stage;
    }

    public LocalDate getStageDate() {
        return stageDate;
    }
}
