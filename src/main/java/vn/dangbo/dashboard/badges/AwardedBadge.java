package vn.dangbo.dashboard.badges;

import java.time.LocalDate;

/** A badge presented, with its member and cell. */
public record AwardedBadge(String memberCode, String fullName, String cellCode, String cellName, int badgeYears,
                           LocalDate awardedOn, EarlyGround earlyGround) {
}
