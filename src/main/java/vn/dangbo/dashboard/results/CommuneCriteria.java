package vn.dangbo.dashboard.results;

import org.hibernate.annotations.Filter;
import vn.dangbo.dashboard.organisation.ScopeFilter;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * The commune's own new-rural result in a year: criteria met out of the set in force (19 for 2021–2025, Quyết định
 * 318/QĐ-TTg, 2022) and the level it was recognised at (nông thôn mới, nâng cao, kiểu mẫu), if any.
 */
@Entity
@Filter(name = ScopeFilter.NAME, condition = ScopeFilter.BY_COMMITTEE, deduceAliasInjectionPoints = false)
public class CommuneCriteria {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long committeeId;
    private int criteriaYear;
    private int criteriaMet;
    private int criteriaTotal;
    @Enumerated(EnumType.STRING)
    private NewRuralStatus level;

    protected CommuneCriteria() {
    }

    public int getCriteriaYear() {
        return criteriaYear;
    }
}
