package vn.dangbo.dashboard.badges;

/** How many badges of one kind (years of party age) were presented. */
public record BadgeCount(int badgeYears, long count) {
}
