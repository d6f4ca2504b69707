package vn.dangbo.dashboard.ratings;

import org.hibernate.annotations.Filter;
import vn.dangbo.dashboard.organisation.ScopeFilter;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;

/** A member's annual quality rating. */
@Entity
@Filter(name = ScopeFilter.NAME, condition = ScopeFilter.BY_MEMBER, deduceAliasInjectionPoints = false)
public class MemberRating extends AnnualRating {
    private Long memberId;
    @Version
    private long version;

    protected MemberRating() {
    }

    MemberRating(Long memberId, int year) {
        super(year);
        this.memberId = memberId;
    }

    public Long getMemberId() {
        return memberId;
    }
}
