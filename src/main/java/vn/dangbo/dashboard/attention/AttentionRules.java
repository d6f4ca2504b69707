package vn.dangbo.dashboard.attention;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;

/**
 * The thresholds of the attention rules, in one place; each rule's source is beside its title in the bundles. The
 * attendance standard is the meetings' own ({@code dangbo.meetings.attendance-standard}, 12-HD/BTCTW: above 85%).
 */
public final class AttentionRules {
    /**
     * Probation ending within this many days is listed: the cell considers full membership within 30 working days of
     * the twelve months' end (Điều lệ Đảng, art. 5; Hướng dẫn 12-HD/BTCTW 2022), so two months ahead gives the cell
     * one meeting to prepare it and one to decide.
     */
    public static final int PROBATION_NOTICE_DAYS = 60;
    /** A cell with no meeting recorded for this many months running has not had its data kept. */
    public static final int DATA_GAP_MONTHS = 2;
    /**
     * A candidate at one stage for longer than this is stalled. Not a rule of the party's but its practice: the
     * awareness course, the dossier and the cell's resolution each take weeks, and a year at one stage means the
     * candidacy needs the committee's word.
     */
    public static final int STALLED_MONTHS = 12;
    /**
     * A year's rating closes on this day of the next year: the reviews are held in December (Quy định 366-QĐ/TW,
     * Hướng dẫn 25-HD/BTCTW) and the results reported up in January; a member with nothing recorded after it is
     * unrated.
     */
    public static final MonthDay RATINGS_CLOSE = MonthDay.of(1, 31);

    private AttentionRules() {
    }

    /** The day the rules are checked for a month: the first day after it, or today while the month is current. */
    public static LocalDate asOf(YearMonth month, LocalDate today) {
        LocalDate after = month.plusMonths(1).atDay(1);
        return after.isAfter(today) ? today : after;
    }

    /** The latest year whose rating has closed on a day. */
    public static int closedRatingYear(LocalDate day) {
        return day.isAfter(RATINGS_CLOSE.atYear(day.getYear())) ? day.getYear() - 1 : day.getYear() - 2;
    }

    /** Whether a month is the last of its quarter, when the quarter's thematic meeting is checked. */
    public static boolean endsQuarter(YearMonth month) {
        return month.getMonthValue() % 3 == 0;
    }

    /** The first month of a month's quarter. */
    public static YearMonth quarterStart(YearMonth month) {
        return month.minusMonths((month.getMonthValue() - 1) % 3);
    }

    /** Whether a share of attendance fails the standard, which needs a share above it. */
    public static boolean belowStandard(long present, long required, double standard) {
        return required > 0 && present <= Math.floor(standard * required + 1e-9);
    }
}
