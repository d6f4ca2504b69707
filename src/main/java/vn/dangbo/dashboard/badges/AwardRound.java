package vn.dangbo.dashboard.badges;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The days on which party badges are presented each year (Hướng dẫn 01-HD/TW, 2021, mục 18): the Party's founding
 * (3/2), President Hồ Chí Minh's birthday (19/5), National Day (2/9) and the October Revolution (7/11).
 */
public enum AwardRound {
    FEBRUARY_3(2, 3), MAY_19(5, 19), SEPTEMBER_2(9, 2), NOVEMBER_7(11, 7);

    private final int month;
    private final int day;

    AwardRound(int month, int day) {
        this.month = month;
        this.day = day;
    }

    public LocalDate in(int year) {
        return LocalDate.of(year, month, day);
    }

    /** The first round on or after a day: when a member who reaches a badge's party age that day receives it. */
    public static LocalDate firstOnOrAfter(LocalDate day) {
        return Arrays.stream(values()).map(r -> r.in(day.getYear())).filter(d -> !d.isBefore(day)).findFirst()
                .orElse(FEBRUARY_3.in(day.getYear() + 1));
    }

    /** The round held on a day, if one is. */
    public static Optional<AwardRound> on(LocalDate day) {
        return Arrays.stream(values()).filter(r -> r.in(day.getYear()).equals(day)).findFirst();
    }
}
