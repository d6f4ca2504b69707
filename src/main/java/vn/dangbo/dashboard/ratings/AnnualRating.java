package vn.dangbo.dashboard.ratings;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One year's quality rating: a level (with the 100-point score that decides it from 2025 on), or the reason the
 * member or cell was counted but not rated. Exactly one of level and reason is set.
 */
@MappedSuperclass
public abstract class AnnualRating {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int ratingYear;
    @Enumerated(EnumType.STRING)
    private @Nullable RatingLevel level;
    private @Nullable BigDecimal score;
    @Enumerated(EnumType.STRING)
    private @Nullable NotRatedReason notRatedReason;
    /** Tiêu biểu: singled out among those rated HTXS. */
    private boolean exemplary;

    protected AnnualRating() {
    }

    protected AnnualRating(int ratingYear) {
        this.ratingYear = ratingYear;
    }

    /** Records the outcome: a level with an optional score, or the reason for not rating. */
    void record(@Nullable RatingLevel newLevel, @Nullable BigDecimal newScore, @Nullable NotRatedReason reason, boolean isExemplary) {
        this.level = newLevel;
        this.score = newLevel == null ? null : newScore;
        this.notRatedReason = newLevel == null ? reason : null;
        this.exemplary = isExemplary && newLevel == RatingLevel.OUTSTANDING;
    }

    public boolean isExemplary() {
        return exemplary;
    }

    public Long getId() {
        return id;
    }

    public int getRatingYear() {
        return ratingYear;
    }

    public @Nullable RatingLevel getLevel() {
        return level;
    }

    public @Nullable BigDecimal getScore() {
        return score;
    }

    public @Nullable NotRatedReason getNotRatedReason() {
        return notRatedReason;
    }

    /** What the audit log compares before and after an edit, named as the rating sheets head their columns. */
    java.util.Map<String, Object> auditedFields() {
        java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("Mức", level);
        fields.put("Điểm", score);
        fields.put("Lý do không xếp loại", notRatedReason);
        fields.put("Tiêu biểu", exemplary);
        return fields;
    }

    /** Records a level; a member or cell with a level is rated, so any reason for not rating goes. */
    void rate(RatingLevel newLevel) {
        this.level = newLevel;
        this.notRatedReason = null;
    }
}
