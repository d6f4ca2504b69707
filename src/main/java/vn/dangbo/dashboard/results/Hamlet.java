package vn.dangbo.dashboard.results;

import org.hibernate.annotations.Filter;
import vn.dangbo.dashboard.organisation.ScopeFilter;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A hamlet (xóm) of the commune, usually with its own party cell. */
@Entity
@Filter(name = ScopeFilter.NAME, condition = ScopeFilter.BY_COMMITTEE, deduceAliasInjectionPoints = false)
public class Hamlet {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private Long cellId;

    protected Hamlet() {
    }

    public String getName() {
        return name;
    }
}
