package vn.dangbo.dashboard.attention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.dashboard.badges.AwardRound;
import vn.dangbo.dashboard.badges.BadgeService;
import vn.dangbo.dashboard.base.i18n.Formats;
import vn.dangbo.dashboard.base.i18n.Message;
import vn.dangbo.dashboard.meetings.CellMeetingSummary;
import vn.dangbo.dashboard.meetings.MeetingService;
import vn.dangbo.dashboard.organisation.CellSummary;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.ratings.RatingDistribution;
import vn.dangbo.dashboard.ratings.RatingLevel;
import vn.dangbo.dashboard.ratings.RatingService;
import vn.dangbo.dashboard.recruitment.ProbationEnd;
import vn.dangbo.dashboard.recruitment.RecruitmentService;

/**
 * What needs the committee's attention in a month, in the committee in scope: every rule of {@link AttentionRule}
 * checked against the records, on the day after the month (today while it lasts).
 */
@Service
@Transactional(readOnly = true)
public class AttentionService {
    private final MeetingService meetings;
    private final RecruitmentService recruitment;
    private final RatingService ratings;
    private final BadgeService badges;
    private final OrganisationService organisation;
    private final CommitteeDirectory directory;
    private final Clock clock;

    AttentionService(MeetingService meetings, RecruitmentService recruitment, RatingService ratings, BadgeService badges,
                     OrganisationService organisation, CommitteeDirectory directory, Clock clock) {
        this.directory = directory;
        this.meetings = meetings;
        this.recruitment = recruitment;
        this.ratings = ratings;
        this.badges = badges;
        this.organisation = organisation;
        this.clock = clock;
    }

    /**
     * The month a meeting looks back on unless told: the last month before this one, or the month of the latest
     * meeting recorded when the records stop earlier (the page then says they stop there).
     */
    public YearMonth defaultMonth() {
        YearMonth previous = YearMonth.now(clock).minusMonths(1);
        return meetings.latestMeetingDate().map(YearMonth::from).filter(latest -> latest.isBefore(previous))
                .orElse(previous);
    }

    /**
     * Whether the rules are checked in the scope in force: a commune's (or a cell's) — the committee whose meeting
     * they serve. A scope spanning communes (a province's) is not checked cell by cell across its thousands of cells;
     * each commune's page has its own.
     */
    public boolean checksHere() {
        return !directory.scopeSpansCommunes();
    }

    /** This month, in Vietnam. */
    public YearMonth currentMonth() {
        return YearMonth.now(clock);
    }

    /** Whether a month can be checked: not one still to come. */
    public boolean checkable(YearMonth month) {
        return !month.isAfter(YearMonth.now(clock));
    }

    /** Every rule checked for a month. */
    public Attention attention(YearMonth month) {
        LocalDate asOf = AttentionRules.asOf(month, LocalDate.now(clock));
        List<AttentionItem> items = new ArrayList<>();
        meetingItems(month, items);
        memberItems(asOf, items);
        ratingItems(asOf, items);
        badgeItems(asOf, items);
        candidateItems(asOf, items);
        return Attention.of(month, asOf, items, meetings.latestMeetingDate().map(YearMonth::from));
    }

    private void meetingItems(YearMonth month, List<AttentionItem> items) {
        int year = month.getYear();
        Map<String, CellMeetingSummary> inMonth = byCell(meetings.summaryBetween(month.atDay(1), month.atEndOfMonth()));
        Map<String, CellMeetingSummary> recent = byCell(meetings.summaryBetween(
                month.minusMonths(AttentionRules.DATA_GAP_MONTHS - 1L).atDay(1), month.atEndOfMonth()));
        Map<String, CellMeetingSummary> quarter = AttentionRules.endsQuarter(month)
                ? byCell(meetings.summaryBetween(AttentionRules.quarterStart(month).atDay(1), month.atEndOfMonth()))
                : null;
        String monthText = monthText(month);
        for (CellSummary cell : organisation.cells()) {
            CellMeetingSummary held = inMonth.get(cell.code());
            if (!recent.containsKey(cell.code())) {
                items.add(AttentionItem.cell(AttentionRule.DATA_NOT_KEPT, cell.code(), cell.name(), year,
                        new Message("attention.detail.DATA_NOT_KEPT", monthText(month.minusMonths(AttentionRules.DATA_GAP_MONTHS - 1L)),
                                monthText)));
            } else if (held == null || held.regularHeld() == 0) {
                items.add(AttentionItem.cell(AttentionRule.NO_REGULAR_MEETING, cell.code(), cell.name(), year,
                        new Message("attention.detail.NO_REGULAR_MEETING", monthText)));
            } else if (AttentionRules.belowStandard(held.present(), held.required(), meetings.attendanceStandard())) {
                items.add(AttentionItem.cell(AttentionRule.LOW_ATTENDANCE, cell.code(), cell.name(), year,
                        new Message("attention.detail.LOW_ATTENDANCE", held.present(), held.required(),
                                Math.round(held.attendance() * 1000) / 10.0,
                                Math.round(meetings.attendanceStandard() * 100))));
            }
            if (quarter != null && (!quarter.containsKey(cell.code()) || quarter.get(cell.code()).thematicHeld() == 0)) {
                items.add(AttentionItem.cell(AttentionRule.NO_THEMATIC_MEETING, cell.code(), cell.name(), year,
                        new Message("attention.detail.NO_THEMATIC_MEETING", (month.getMonthValue() + 2) / 3, String.valueOf(year))));
            }
        }
    }

    private void memberItems(LocalDate asOf, List<AttentionItem> items) {
        for (ProbationEnd member : recruitment.probationOverdueOn(asOf)) {
            items.add(AttentionItem.member(AttentionRule.PROBATION_OVERDUE, member.code(), member.fullName(),
                    member.cellCode(), member.cellName(), asOf.getYear(), new Message("attention.detail.PROBATION_OVERDUE",
                            Formats.date(member.probationEnds()), ChronoUnit.DAYS.between(member.probationEnds(), asOf))));
        }
        for (ProbationEnd member : recruitment.probationEndingWithin(asOf, AttentionRules.PROBATION_NOTICE_DAYS)) {
            items.add(AttentionItem.member(AttentionRule.PROBATION_ENDING, member.code(), member.fullName(),
                    member.cellCode(), member.cellName(), asOf.getYear(), new Message("attention.detail.PROBATION_ENDING",
                            Formats.date(member.probationEnds()), ChronoUnit.DAYS.between(asOf, member.probationEnds()))));
        }
    }

    private void ratingItems(LocalDate asOf, List<AttentionItem> items) {
        int closed = AttentionRules.closedRatingYear(asOf);
        String committee = organisation.committeeName().orElse("");
        ratings.unratedByCell(closed).forEach(cell -> items.add(AttentionItem.cell(AttentionRule.UNRATED, cell.cellCode(),
                cell.cellName(), closed, new Message("attention.detail.UNRATED", cell.members(), String.valueOf(closed)))));
        // The closed year, and the year being rated once its ratings have begun.
        for (int year = closed; year <= Math.min(closed + 1, asOf.getYear()); year++) {
            int y = year;
            ratings.disciplinedRatedAboveFailed(year).forEach(member -> items.add(AttentionItem.member(
                    AttentionRule.DISCIPLINED_RATED_ABOVE_FAILED, member.memberCode(), member.fullName(), member.cellCode(),
                    member.cellName(), y, new Message("attention.detail.DISCIPLINED_RATED_ABOVE_FAILED", String.valueOf(y),
                            new Message("rating.short." + member.level()), new Message("discipline.form." + member.form())))));
            RatingDistribution members = ratings.memberDistribution(year);
            if (members.rated() > 0 && ratings.outstandingQuotaBreached(members)) {
                items.add(AttentionItem.committee(AttentionRule.OUTSTANDING_QUOTA, committee,
                        y, new Message("attention.detail.OUTSTANDING_QUOTA", String.valueOf(y), members.count(RatingLevel.OUTSTANDING),
                                members.count(RatingLevel.GOOD))));
            }
            ratings.outstandingCellChecks(year).stream().filter(check -> !check.satisfied()).forEach(check -> items.add(
                    AttentionItem.cell(AttentionRule.OUTSTANDING_CELL, check.cellCode(), check.cellName(), y,
                            new Message("attention.detail.OUTSTANDING_CELL", String.valueOf(y), check.rated() - check.completed(),
                                    Math.round(check.goodShare() * 1000) / 10.0))));
        }
    }

    private void badgeItems(LocalDate asOf, List<AttentionItem> items) {
        LocalDate round = AwardRound.firstOnOrAfter(asOf);
        badges.dueIn(round.getYear()).stream().filter(due -> due.round().equals(round) && !due.early())
                .forEach(due -> items.add(AttentionItem.member(AttentionRule.BADGES_DUE, due.memberCode(), due.fullName(),
                        due.cellCode(), due.cellName(), round.getYear(), new Message("attention.detail.BADGES_DUE",
                                due.badgeYears(), Formats.date(round)))));
    }

    private void candidateItems(LocalDate asOf, List<AttentionItem> items) {
        recruitment.candidatesWaitingSince(asOf.minusMonths(AttentionRules.STALLED_MONTHS)).forEach(candidate ->
                items.add(new AttentionItem(AttentionRule.CANDIDATE_STALLED, candidate.fullName() + " (" + candidate.cellName() + ")",
                        candidate.cellCode(), null, asOf.getYear(), candidate.stage(), new Message("attention.detail.CANDIDATE_STALLED",
                                new Message("stage." + candidate.stage()), Formats.date(candidate.since()),
                                ChronoUnit.MONTHS.between(candidate.since(), asOf)))));
    }

    private static Map<String, CellMeetingSummary> byCell(List<CellMeetingSummary> rows) {
        return rows.stream().collect(Collectors.toMap(CellMeetingSummary::cellCode, Function.identity()));
    }

    private static String monthText(YearMonth month) {
        return month.getMonthValue() + "/" + month.getYear();
    }
}
