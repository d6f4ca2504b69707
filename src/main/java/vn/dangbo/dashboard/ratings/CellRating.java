package vn.dangbo.dashboard.ratings;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;

/** One cell's annual quality rating: a level (with an optional 100-point score), or a reason it was not rated. */
@Entity
public class CellRating {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long cellId;
    private int ratingYear;
    @Enumerated(EnumType.STRING)
    private RatingLevel level;
    private BigDecimal score;
    @Enumerated(EnumType.STRING)
    private NotRatedReason notRatedReason;

    protected CellRating() {
    }

    public Long getId() {
        return id;
    }

    public int getRatingYear() {
        return ratingYear;
    }

    public RatingLevel getLevel() {
        return level;
    }

    public BigDecimal getScore() {
        return score;
    }

    public NotRatedReason getNotRatedReason() {
        return notRatedReason;
    }
}
