package vn.dangbo.dashboard.ratings;

import jakarta.persistence.Entity;

/** A cell's annual quality rating. */
@Entity
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
