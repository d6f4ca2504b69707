package vn.dangbo.dashboard.ratings;

import org.hibernate.annotations.Filter;
import vn.dangbo.dashboard.organisation.ScopeFilter;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;

/** A member's annual quality rating. */
@Entity
@Filter(name = ScopeFilter.NAME, condition = ScopeFilter.BY_COMMITTEE, deduceAliasInjectionPoints = false)
public class MemberRating extends AnnualRating {
    private Long memberId;
    /** The member's committee, which the rating belongs to. */
    private Long committeeId;
    @Version
    private long version;

    protected MemberRating() {
    }

    MemberRating(Long memberId, Long committeeId, int year) {
        super(year);
        this.memberId = memberId;
        this.committeeId = committeeId;
    }

    public Long getMemberId() {
        return memberId;
    }
}
