package vn.dangbo.dashboard.organisation;

import org.hibernate.annotations.Filter;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A party cell (chi bộ). */
@Entity
@Filter(name = ScopeFilter.NAME, condition = ScopeFilter.CELL, deduceAliasInjectionPoints = false)
public class Cell {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "committee_id")
    private PartyCommittee committee;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private CellKind kind;
    /** For a merged commune's cell, the former commune it came from. */
    private Long formerCommitteeId;

    protected Cell() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public CellKind getKind() {
        return kind;
    }

    /** The committee the cell's records belong to: the former commune it came from, else its own. */
    public Long committeeOfRecords() {
        return formerCommitteeId != null ? formerCommitteeId : committee.getId();
    }
}
