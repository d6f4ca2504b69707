package vn.dangbo.dashboard.ratings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.dashboard.base.i18n.Message;
import vn.dangbo.dashboard.base.live.DataChanged;
import vn.dangbo.dashboard.base.live.SharedFigures;
import vn.dangbo.dashboard.base.live.Topic;
import vn.dangbo.dashboard.base.live.ValueChanges;
import vn.dangbo.dashboard.organisation.CommitteeColumns;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;
import vn.dangbo.dashboard.organisation.CommitteeScope;
import vn.dangbo.dashboard.organisation.TermPeriod;

/** Annual quality ratings of members and cells, and the party's rules on them. */
@Service
@Transactional(readOnly = true)
public class RatingService {
    private final MemberRatingRepository memberRatings;
    private final CellRatingRepository cellRatings;
    private final ApplicationEventPublisher events;
    private final SharedFigures figures;
    private final CommitteeColumns committees;
    private final RatingSummaries summaries;
    private final CommitteeDirectory directory;

    RatingService(MemberRatingRepository memberRatings, CellRatingRepository cellRatings,
                  ApplicationEventPublisher events, SharedFigures figures, CommitteeColumns committees,
                  RatingSummaries summaries, CommitteeDirectory directory) {
        this.committees = committees;
        this.summaries = summaries;
        this.directory = directory;
        this.figures = figures;
        this.memberRatings = memberRatings;
        this.cellRatings = cellRatings;
        this.events = events;
    }

    /**
     * Changes the level of a member's existing rating for a year (the office's correction). Open dashboards follow.
     *
     * @throws RatingException when the member has no rating for that year
     */
    @Transactional
    public void changeMemberRating(String memberCode, int year, RatingLevel level) {
        MemberRating rating = memberRatings.findByMemberCodeAndYear(memberCode, year).orElseThrow(() ->
                new RatingException("ratings.error.no-rating", year, memberCode));
        var before = rating.auditedFields();
        rating.rate(level);
        events.publishEvent(new DataChanged("member-rating", new Message("audit.details.rating", memberCode,
                String.valueOf(year), ValueChanges.between(before, rating.auditedFields())), Topic.RATINGS));
    }

    /**
     * Records a member's rating for a year (the office's form): a level with an optional score, or the reason the
     * member is not rated. Party rules are checked: a member admitted under six months before the rating is not
     * rated; from 2025 a score decides the level. Returns warnings (the 20% quota), which do not block.
     *
     * @throws RatingException when a rule is broken; nothing is saved then
     */
    @Transactional
    public List<Message> recordMemberRating(String memberCode, int year, RatingLevel level, BigDecimal score,
                                           NotRatedReason reason) {
        return recordMemberRating(memberCode, year, level, score, reason, false);
    }

    /** {@link #recordMemberRating(String, int, RatingLevel, BigDecimal, NotRatedReason)}, marked tiêu biểu or not (HTXS only). */
    @Transactional
    public List<Message> recordMemberRating(String memberCode, int year, RatingLevel level, BigDecimal score,
                                           NotRatedReason reason, boolean exemplary) {
        List<Object[]> found = memberRatings.memberIdAndAdmission(memberCode);
        if (found.isEmpty()) {
            throw new RatingException("members.error.unknown", memberCode);
        }
        Long memberId = (Long) found.getFirst()[0];
        java.time.LocalDate admitted = (java.time.LocalDate) found.getFirst()[1];
        RatingRules.check(year, level, score, reason, admitted);
        RatingRules.checkExemplary(level, exemplary);
        MemberRating rating = memberRatings.findByMemberCodeAndYear(memberCode, year)
                .orElseGet(() -> new MemberRating(memberId, committees.ofMember(memberId), year));
        var before = rating.auditedFields();
        rating.record(level, score, reason, exemplary);
        memberRatings.save(rating);
        events.publishEvent(new DataChanged("member-rating", new Message("audit.details.rating", memberCode,
                String.valueOf(year), ValueChanges.between(before, rating.auditedFields())), Topic.RATINGS));
        memberRatings.flush();
        RatingDistribution after = RatingDistribution.of(year, memberRatings.countByLevel(year));
        List<Message> warnings = new ArrayList<>();
        if (RatingRules.quotaBreached(year, after.count(RatingLevel.OUTSTANDING), after.count(RatingLevel.GOOD))) {
            warnings.add(new Message("ratings.warning.quota", year, after.count(RatingLevel.OUTSTANDING),
                    after.count(RatingLevel.GOOD)));
        }
        disciplinedRatedAboveFailed(year).stream().filter(d -> d.memberCode().equals(memberCode)).findFirst()
                .ifPresent(d -> warnings.add(new Message("ratings.warning.disciplined", year,
                        new Message("discipline.form." + d.form()))));
        return warnings;
    }

    /**
     * Records a cell's rating for a year. A cell rated outstanding whose members do not allow it (all completing,
     * at least 80% good or above) is warned about, not refused: the committee decides.
     *
     * @throws RatingException when a field is wrong; nothing is saved then
     */
    @Transactional
    public List<Message> recordCellRating(String cellCode, int year, RatingLevel level, BigDecimal score,
                                         NotRatedReason reason) {
        return recordCellRating(cellCode, year, level, score, reason, false);
    }

    /** {@link #recordCellRating(String, int, RatingLevel, BigDecimal, NotRatedReason)}, marked tiêu biểu or not (HTXS only). */
    @Transactional
    public List<Message> recordCellRating(String cellCode, int year, RatingLevel level, BigDecimal score,
                                         NotRatedReason reason, boolean exemplary) {
        Long cellId = cellRatings.cellId(cellCode)
                .orElseThrow(() -> new RatingException("members.error.unknown-cell", cellCode));
        RatingRules.check(year, level, score, reason, null);
        RatingRules.checkExemplary(level, exemplary);
        CellRating rating = cellRatings.findByCellIdAndRatingYear(cellId, year).orElseGet(() -> new CellRating(cellId, committees.ofCell(cellId), year));
        var before = rating.auditedFields();
        rating.record(level, score, reason, exemplary);
        cellRatings.save(rating);
        cellRatings.flush();
        events.publishEvent(new DataChanged("cell-rating", new Message("audit.details.rating", cellCode,
                String.valueOf(year), ValueChanges.between(before, rating.auditedFields())), Topic.RATINGS));
        return outstandingCellChecks(year).stream()
                .filter(check -> check.cellCode().equals(cellCode) && !check.satisfied())
                .map(check -> new Message("ratings.warning.outstanding-cell", check.cellName(), check.completed(),
                        check.rated(), check.goodShare()))
                .toList();
    }

    /**
     * Members disciplined during the year yet rated above KHTNV: the rules rate them "not completing" (one
     * violation counts once); the ratings view lists them, the form and the import warn.
     */
    public List<DisciplinedRating> disciplinedRatedAboveFailed(int year) {
        return memberRatings.disciplinedRatedAboveFailed(year, java.time.LocalDate.of(year, 1, 1), java.time.LocalDate.of(year, 12, 31));
    }

    /** Per cell, the current members admitted by the year's end who have nothing recorded for the year. */
    public List<UnratedMembers> unratedByCell(int year) {
        return memberRatings.unratedByCell(year, java.time.LocalDate.of(year, 12, 31));
    }

    /** How the members' scores of a year fall into the ten-point bands (every band listed); all zero without scores. */
    public List<ScoreBandCount> scoreBands(int year) {
        java.util.Map<ScoreBand, Long> counts = new java.util.EnumMap<>(ScoreBand.class);
        for (ScoreBand band : ScoreBand.values()) {
            counts.put(band, 0L);
        }
        memberRatings.countScores(year).forEach(row -> counts.merge(ScoreBand.of((java.math.BigDecimal) row[0]),
                ((Number) row[1]).longValue(), Long::sum));
        return counts.entrySet().stream().map(e -> new ScoreBandCount(e.getKey(), e.getValue())).toList();
    }

    /**
     * The last year of the term for which member ratings exist. Asked by every view that picks a year, for every
     * term: shared between views until ratings change (a look over all the scope's ratings, 0.1–0.3 s at 150,000
     * members).
     */
    public Optional<Integer> latestRatedYear(TermPeriod term) {
        return figures.getOptional(Topic.RATINGS, List.of("latestRatedYear", CommitteeScope.currentId(), term.startYear(),
                term.endYear()), () -> memberRatings.latestYearBetween(term.startYear(), term.endYear()));
    }

    /**
     * The members' ratings in a year. A scope of several communes (a province) reads the counts kept per committee
     * ({@link RatingSummaries}); a commune reads its ratings.
     */
    public RatingDistribution memberDistribution(int year) {
        if (directory.scopeSpansCommunes()) {
            return byYear(summaries.byYear(year, year)).stream().findFirst().orElse(RatingDistribution.of(year, List.of()));
        }
        return RatingDistribution.of(year, memberRatings.countByLevel(year));
    }


    /** The members' ratings in a year in one cell (null: in the whole committee). */
    public RatingDistribution memberDistribution(int year, @Nullable String cellCode) {
        if (cellCode == null) {
            return memberDistribution(year);
        }
        return byYear(memberRatings.countByYearAndLevelInCell(year, year, cellCode)).stream().findFirst()
                .orElse(RatingDistribution.of(year, List.of()));
    }

    public RatingDistribution cellDistribution(int year) {
        return RatingDistribution.of(year, cellRatings.countByLevel(year));
    }

    /** Members' ratings for every year of the term that has any, oldest first. */
    public List<RatingDistribution> memberTrend(TermPeriod term) {
        if (directory.scopeSpansCommunes()) {
            return byYear(summaries.byYear(term.startYear(), term.endYear()));
        }
        return byYear(memberRatings.countByYearAndLevel(term.startYear(), term.endYear()));
    }

    /** The same for the members of one cell. */
    public List<RatingDistribution> memberTrendInCell(TermPeriod term, String cellCode) {
        return byYear(memberRatings.countByYearAndLevelInCell(term.startYear(), term.endYear(), cellCode));
    }

    public List<RatingDistribution> cellTrend(TermPeriod term) {
        return byYear(cellRatings.countByYearAndLevel(term.startYear(), term.endYear()));
    }

    /** Every cell's rating in every year of the term, by cell code then year. */
    public List<CellYearRating> cellRatings(TermPeriod term) {
        return cellRatings.ratingsBetween(term.startYear(), term.endYear());
    }

    /** Each member's rating (or reason for none) in the years of the term, for the members of a cell. */
    public List<MemberYearRating> memberRatingsInCell(String cellCode, TermPeriod term) {
        return memberRatings.ratingsInCell(cellCode, term.startYear(), term.endYear());
    }

    /** Each member's rating (or reason for none) in one year, for the members of a cell, by member code. */
    public Map<String, MemberYearRating> memberRatingsInCell(String cellCode, int year) {
        Map<String, MemberYearRating> byMember = new java.util.HashMap<>();
        memberRatings.ratingsInCell(cellCode, year, year).forEach(r -> byMember.put(r.memberCode(), r));
        return byMember;
    }

    /** Members rated at a level in a year, in one cell or (cell code null) in all. */
    public List<RatedMember> membersAtLevel(int year, RatingLevel level, String cellCode) {
        return membersAtLevel(year, level, cellCode, false);
    }

    /** The same; {@code newOnly}: only those not rated at that level the year before (who is new at this level). */
    public List<RatedMember> membersAtLevel(int year, RatingLevel level, @Nullable String cellCode, boolean newOnly) {
        return memberRatings.membersAtLevel(year, level, cellCode, newOnly);
    }

    /** How a list of rated members may be ordered (each then by cell, name and code). */
    public enum MemberOrder {
        NAME("m.fullName"), CODE("m.code"), CELL("c.name");

        private final String column;

        MemberOrder(String column) {
            this.column = column;
        }
    }

    /**
     * The rows {@code offset} to {@code offset + limit} of {@link #membersAtLevel}, ordered by {@code order} (null: by
     * cell, then name) and then by cell, name and code: what a list on the screen shows, read as it scrolls, whatever
     * the scope's size.
     */
    public List<RatedMember> membersAtLevel(int year, RatingLevel level, String cellCode, int offset, int limit,
                                            MemberOrder order, boolean descending) {
        return membersAtLevel(year, level, cellCode, false, offset, limit, order, descending);
    }

    /** The same, of those new at the level ({@code newOnly}) or of all. */
    public List<RatedMember> membersAtLevel(int year, RatingLevel level, @Nullable String cellCode, boolean newOnly, int offset,
                                            int limit, @Nullable MemberOrder order, boolean descending) {
        String[] byCellThenName = {"c.code", "m.fullName", "m.code"};
        JpaSort sort = order == null ? JpaSort.unsafe(byCellThenName)
                : JpaSort.unsafe(descending ? Sort.Direction.DESC : Sort.Direction.ASC, order.column)
                        .andUnsafe(Sort.Direction.ASC, byCellThenName);
        int size = Math.max(1, limit);
        if (offset % size == 0) {
            return memberRatings.membersAtLevelPage(year, level, cellCode, newOnly, PageRequest.of(offset / size, size, sort));
        }
        // The grid asks for whole pages; another offset is read from the start and the rows before it dropped.
        List<RatedMember> rows = memberRatings.membersAtLevelPage(year, level, cellCode, newOnly, PageRequest.of(0, offset + size, sort));
        return rows.subList(Math.min(offset, rows.size()), rows.size());
    }

    /** How many members {@link #membersAtLevel} lists. */
    public long countMembersAtLevel(int year, RatingLevel level, String cellCode) {
        return countMembersAtLevel(year, level, cellCode, false);
    }

    /** How many {@link #membersAtLevel} lists, of those new at the level or of all. */
    public long countMembersAtLevel(int year, RatingLevel level, @Nullable String cellCode, boolean newOnly) {
        return memberRatings.countMembersAtLevel(year, level, cellCode, newOnly);
    }

    /** The 2019–2022 quota: members rated outstanding may not exceed a fifth of those rated good. */
    public boolean outstandingQuotaBreached(RatingDistribution members) {
        return RatingRules.exceedsQuota(members.count(RatingLevel.OUTSTANDING), members.count(RatingLevel.GOOD));
    }

    /** The cells rated outstanding in a year, each with the member figures that should allow it. */
    public List<OutstandingCellCheck> outstandingCellChecks(int year) {
        Map<String, long[]> tallies = new HashMap<>();
        for (CellLevelCount row : memberRatings.countByCellAndLevel(year)) {
            long[] t = tallies.computeIfAbsent(row.cellCode(), code -> new long[3]);
            t[0] += row.count();
            t[1] += row.level().completed() ? row.count() : 0;
            t[2] += row.level().goodOrAbove() ? row.count() : 0;
        }
        List<OutstandingCellCheck> checks = new ArrayList<>();
        for (CellYearRating cell : cellRatings.ratingsBetween(year, year)) {
            if (cell.level() == RatingLevel.OUTSTANDING) {
                long[] t = tallies.getOrDefault(cell.cellCode(), new long[3]);
                checks.add(new OutstandingCellCheck(cell.cellCode(), cell.cellName(), t[0], t[1], t[2]));
            }
        }
        return checks;
    }

    private static List<RatingDistribution> byYear(List<YearRatingCount> rows) {
        Map<Integer, List<RatingCount>> years = new TreeMap<>();
        rows.forEach(row -> years.computeIfAbsent(row.year(), y -> new ArrayList<>()).add(row.withoutYear()));
        return years.entrySet().stream().map(e -> RatingDistribution.of(e.getKey(), e.getValue())).toList();
    }

    /**
     * A year's member ratings in each committee that has any, by the id of the committee each rating belongs to (a
     * former commune's own): a province's communes side by side, from the counts kept per committee.
     */
    public Map<Long, RatingDistribution> memberDistributionByCommittee(int year) {
        return byCommittee(year, summaries.byCommittee(year));
    }

    /** A year's cell ratings in each committee that has any, by the committee's id. */
    public Map<Long, RatingDistribution> cellDistributionByCommittee(int year) {
        return byCommittee(year, cellRatings.countByCommitteeAndLevel(year));
    }

    private static Map<Long, RatingDistribution> byCommittee(int year, List<CommitteeRatingCount> rows) {
        Map<Long, List<RatingCount>> grouped = new HashMap<>();
        for (CommitteeRatingCount row : rows) {
            grouped.computeIfAbsent(row.committeeId(), id -> new ArrayList<>())
                    .add(new RatingCount(row.level(), row.notRatedReason(), row.count()));
        }
        Map<Long, RatingDistribution> distributions = new HashMap<>();
        grouped.forEach((id, counts) -> distributions.put(id, RatingDistribution.of(year, counts)));
        return distributions;
    }

    /**
     * A merged commune's members' ratings over the term split by the former commune whose cells they sit in: each
     * former commune's id with its years, oldest first.
     */
    public Map<Long, List<RatingDistribution>> memberTrendByFormerCommune(TermPeriod term) {
        Map<Long, List<YearRatingCount>> byFormer = new HashMap<>();
        for (FormerYearRatingCount row : memberRatings.countByFormerCommuneYearAndLevel(term.startYear(), term.endYear())) {
            byFormer.computeIfAbsent(row.formerCommitteeId(), id -> new ArrayList<>())
                    .add(new YearRatingCount(row.year(), row.level(), row.notRatedReason(), row.count()));
        }
        Map<Long, List<RatingDistribution>> trends = new HashMap<>();
        byFormer.forEach((id, rows) -> trends.put(id, byYear(rows)));
        return trends;
    }
}
