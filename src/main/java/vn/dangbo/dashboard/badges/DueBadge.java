package vn.dangbo.dashboard.badges;

import java.time.LocalDate;

/**
 * A member due a badge at a round: the day they reach its party age and the round that presents it; {@code early}
 * when they reach it only after the year's last round, so that they may receive it at this round only if seriously
 * ill (the committee decides).
 */
public record DueBadge(String memberCode, String fullName, int birthYear, String cellCode, String cellName,
                       LocalDate admitted, int badgeYears, LocalDate reaches, LocalDate round, boolean early) {

    /** Whole years of party age on the round's day. */
    public int partyAgeAtRound() {
        return java.time.Period.between(admitted, round).getYears();
    }
}
