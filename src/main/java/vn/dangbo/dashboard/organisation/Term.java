package vn.dangbo.dashboard.organisation;

import org.hibernate.annotations.Filter;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A committee's term (nhiệm kỳ), e.g. 2015–2020. */
@Entity
@Filter(name = ScopeFilter.NAME, condition = ScopeFilter.BY_COMMITTEE, deduceAliasInjectionPoints = false)
public class Term {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "committee_id")
    private PartyCommittee committee;
    private int startYear;
    private int endYear;

    protected Term() {
    }

    public Long getId() {
        return id;
    }

    public int getStartYear() {
        return startYear;
    }

    public int getEndYear() {
        return endYear;
    }

    long committeeId() {
        return committee.getId();
    }
}
