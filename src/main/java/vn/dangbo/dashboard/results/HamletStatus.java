package vn.dangbo.dashboard.results;

import org.hibernate.annotations.Filter;
import vn.dangbo.dashboard.organisation.ScopeFilter;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The new-rural standard a hamlet met in one year. */
@Entity
@Filter(name = ScopeFilter.NAME, condition = ScopeFilter.BY_COMMITTEE, deduceAliasInjectionPoints = false)
public class HamletStatus {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long hamletId;
    private int statusYear;
    @Enumerated(EnumType.STRING)
    private NewRuralStatus status;

    protected HamletStatus() {
    }

    public int getStatusYear() {
        return statusYear;
    }

    public NewRuralStatus getStatus() {
        return status;
    }
}
