package vn.dangbo.dashboard.results;

import org.hibernate.annotations.Filter;
import vn.dangbo.dashboard.organisation.ScopeFilter;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An award or title given to the committee or the commune. */
@Entity
@Filter(name = ScopeFilter.NAME, condition = ScopeFilter.BY_COMMITTEE, deduceAliasInjectionPoints = false)
public class Award {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int awardYear;
    private String title;
    private String awardedBy;

    protected Award() {
    }

    public int getAwardYear() {
        return awardYear;
    }

    public String getTitle() {
        return title;
    }

    public String getAwardedBy() {
        return awardedBy;
    }
}
