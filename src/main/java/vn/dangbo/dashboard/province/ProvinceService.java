package vn.dangbo.dashboard.province;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.dashboard.meetings.CommitteeAttendance;
import vn.dangbo.dashboard.meetings.MeetingService;
import vn.dangbo.dashboard.members.MemberService;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;
import vn.dangbo.dashboard.organisation.CommitteeNode;
import vn.dangbo.dashboard.organisation.CommitteeScope;
import vn.dangbo.dashboard.organisation.TermPeriod;
import vn.dangbo.dashboard.ratings.RatingDistribution;
import vn.dangbo.dashboard.ratings.RatingService;
import vn.dangbo.dashboard.ratings.RuleSet;
import vn.dangbo.dashboard.recruitment.RecruitmentService;

/**
 * The communes of the committee in scope side by side (the province's organisation board's year-end comparison).
 * Every figure is one query grouped by committee, so the statements do not grow with the number of communes; records
 * of former communes and partial committees count towards the commune they belong to.
 */
@Service
@Transactional(readOnly = true)
public class ProvinceService {
    private final CommitteeDirectory directory;
    private final MemberService members;
    private final RatingService ratings;
    private final RecruitmentService recruitment;
    private final MeetingService meetings;

    ProvinceService(CommitteeDirectory directory, MemberService members, RatingService ratings,
                    RecruitmentService recruitment, MeetingService meetings) {
        this.directory = directory;
        this.members = members;
        this.ratings = ratings;
        this.recruitment = recruitment;
        this.meetings = meetings;
    }

    /** Whether the committee in scope has communes under it to compare. */
    public boolean hasCommunes() {
        return directory.scopeSpansCommunes();
    }

    /** The communes' figures for a year's ratings and meetings and a term's admissions, by commune name. */
    public List<CommuneFigures> communes(int year, TermPeriod term) {
        List<CommitteeNode> communes = directory.communesIn(CommitteeScope.currentId());
        Map<Long, Long> memberCounts = fold(members.currentMembersByCommittee());
        Map<Long, RatingDistribution> memberRatings = foldRatings(ratings.memberDistributionByCommittee(year));
        Map<Long, RatingDistribution> cellRatings = foldRatings(ratings.cellDistributionByCommittee(year));
        Map<Long, Long> admitted = fold(recruitment.admittedByCommittee(term));
        Map<Long, Long> targets = fold(recruitment.termTargetsByCommittee(term));
        Map<Long, long[]> attendance = new HashMap<>();
        for (CommitteeAttendance row : meetings.attendanceByCommittee(year).values()) {
            long[] sums = attendance.computeIfAbsent(directory.communeOf(row.committeeId()), id -> new long[2]);
            sums[0] += row.present();
            sums[1] += row.required();
        }
        boolean quotaRule = RuleSet.forYear(year).quotaConfirmed();
        return communes.stream().map(c -> {
            RatingDistribution rated = memberRatings.getOrDefault(c.id(), RatingDistribution.none(year));
            long[] met = attendance.getOrDefault(c.id(), new long[2]);
            return new CommuneFigures(c, directory.formerOf(c.id()).size(), memberCounts.getOrDefault(c.id(), 0L), rated,
                    cellRatings.getOrDefault(c.id(), RatingDistribution.none(year)),
                    quotaRule && ratings.outstandingQuotaBreached(rated), admitted.getOrDefault(c.id(), 0L),
                    targets.getOrDefault(c.id(), 0L), met[0], met[1]);
        }).toList();
    }

    private Map<Long, Long> fold(Map<Long, Long> byCommittee) {
        Map<Long, Long> byCommune = new HashMap<>();
        byCommittee.forEach((id, count) -> byCommune.merge(directory.communeOf(id), count, Long::sum));
        return byCommune;
    }

    private Map<Long, RatingDistribution> foldRatings(Map<Long, RatingDistribution> byCommittee) {
        Map<Long, RatingDistribution> byCommune = new HashMap<>();
        byCommittee.forEach((id, d) -> byCommune.merge(directory.communeOf(id), d, RatingDistribution::plus));
        return byCommune;
    }
}
