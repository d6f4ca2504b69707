package vn.dangbo.dashboard.ratings;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.dashboard.organisation.TermPeriod;

/** Annual quality ratings of members and cells. */
@Service
@Transactional(readOnly = true)
public class RatingService {
    private final MemberRatingRepository memberRatings;
    private final CellRatingRepository cellRatings;

    RatingService(MemberRatingRepository memberRatings, CellRatingRepository cellRatings) {
        this.memberRatings = memberRatings;
        this.cellRatings = cellRatings;
    }

    /** The last year of the term for which member ratings exist. */
    public Optional<Integer> latestRatedYear(TermPeriod term) {
        return memberRatings.latestYearBetween(term.startYear(), term.endYear());
    }

    public RatingDistribution memberDistribution(int year) {
        return RatingDistribution.of(year, memberRatings.countByLevel(year));
    }

    public RatingDistribution cellDistribution(int year) {
        return RatingDistribution.of(year, cellRatings.countByLevel(year));
    }

    /** The 2019–2022 quota: members rated outstanding may not exceed a fifth of those rated good. */
    public boolean outstandingQuotaBreached(RatingDistribution members) {
        return members.count(RatingLevel.OUTSTANDING) * 5 > members.count(RatingLevel.GOOD);
    }
}
