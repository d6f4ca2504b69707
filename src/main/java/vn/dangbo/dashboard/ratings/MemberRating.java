package vn.dangbo.dashboard.ratings;

import jakarta.persistence.Entity;

/** A member's annual quality rating. */
@Entity
public class MemberRating extends AnnualRating {
    private Long memberId;

    protected MemberRating() {
    }

    public Long getMemberId() {
        return memberId;
    }
}
