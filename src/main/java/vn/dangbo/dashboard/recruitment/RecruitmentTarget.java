package vn.dangbo.dashboard.recruitment;

import org.hibernate.annotations.Filter;
import vn.dangbo.dashboard.organisation.ScopeFilter;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** How many new members to admit: over a whole term (no year, set by the congress), or in one year. */
@Entity
@Filter(name = ScopeFilter.NAME, condition = ScopeFilter.BY_COMMITTEE, deduceAliasInjectionPoints = false)
public class RecruitmentTarget {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long termId;
    private Integer targetYear;
    private int target;

    protected RecruitmentTarget() {
    }

    public Integer getTargetYear() {
        return targetYear;
    }

    public int getTarget() {
        return target;
    }
}
