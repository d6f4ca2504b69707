package vn.dangbo.dashboard.ratings;

import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.organisation.ScopeFilter;

/** A member's annual quality rating. */
@Entity
@Filter(name = ScopeFilter.NAME, condition = ScopeFilter.BY_COMMITTEE, deduceAliasInjectionPoints = false)
public class MemberRating extends AnnualRating {
    private Long memberId;
    /** The member's committee, which the rating belongs to. */
    private @Nullable Long committeeId;
    @Version
    private long version;

    protected MemberRating() {
    }

    MemberRating(Long memberId, @Nullable Long committeeId, int year) {
        super(year);
        this.memberId = memberId;
        this.committeeId = committeeId;
    }

    public Long getMemberId() {
        return memberId;
    }
}
