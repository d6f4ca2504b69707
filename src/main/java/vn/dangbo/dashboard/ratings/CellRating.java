package vn.dangbo.dashboard.ratings;

import jakarta.persistence.Entity;
import org.hibernate.annotations.Filter;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.organisation.ScopeFilter;

/** A cell's annual quality rating. */
@Entity
@Filter(name = ScopeFilter.NAME, condition = ScopeFilter.BY_COMMITTEE, deduceAliasInjectionPoints = false)
public class CellRating extends AnnualRating {
    private Long cellId;
    /** The cell's committee, which the rating belongs to. */
    private @Nullable Long committeeId;

    protected CellRating() {
    }

    CellRating(Long cellId, @Nullable Long committeeId, int year) {
        super(year);
        this.cellId = cellId;
        this.committeeId = committeeId;
    }

    public Long getCellId() {
        return cellId;
    }
}
