package vn.dangbo.dashboard.ratings;

import org.hibernate.annotations.Filter;
import vn.dangbo.dashboard.organisation.ScopeFilter;
import jakarta.persistence.Entity;

/** A cell's annual quality rating. */
@Entity
@Filter(name = ScopeFilter.NAME, condition = ScopeFilter.BY_CELL, deduceAliasInjectionPoints = false)
public class CellRating extends AnnualRating {
    private Long cellId;

    protected CellRating() {
    }

    CellRating(Long cellId, int year) {
        super(year);
        this.cellId = cellId;
    }

    public Long getCellId() {
        return cellId;
    }
}
