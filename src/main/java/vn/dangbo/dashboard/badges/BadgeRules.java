package vn.dangbo.dashboard.badges;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.Today;
import vn.dangbo.dashboard.base.i18n.FieldProblem;

/**
 * Party badges (Huy hiệu Đảng), the same rules for the import, Danh mục and the due list: a badge for 30, 40, 45 … 90
 * years of party age, counted from the admission decision; presented once the member reaches it, or earlier when
 * seriously ill (12 months for 30–65 years, 24 for 70–90) or posthumously (12 months); once per member and badge
 * (the table's unique key). Hướng dẫn 01-HD/TW (2021), mục 18; ../shared/DOMAIN-RULES.md §5. Party age here is the
 * time since admission: a break in membership, which the records do not hold, is not subtracted.
 */
public final class BadgeRules {
    /** The badges, in years of party age. */
    public static final List<Integer> YEARS = List.of(30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private BadgeRules() {
    }

    /** The day a member admitted on {@code admitted} reaches the badge's party age. */
    public static LocalDate due(LocalDate admitted, int badgeYears) {
        return admitted.plusYears(badgeYears);
    }

    /** How many months before that day the badge may be presented on this ground. */
    public static int monthsEarly(int badgeYears, EarlyGround ground) {
        return ground == EarlyGround.ILLNESS && badgeYears >= 70 ? 24 : 12;
    }

    /** Every rule the record breaks; empty when it keeps them all. {@code admitted} is null for a member not known. */
    public static List<FieldProblem> check(Integer badgeYears, LocalDate awardedOn, @Nullable EarlyGround ground, @Nullable LocalDate admitted) {
        List<FieldProblem> problems = new ArrayList<>();
        if (badgeYears == null || !YEARS.contains(badgeYears)) {
            problems.add(new FieldProblem("badge_years", "badges.error.no-such-badge", String.valueOf(badgeYears),
                    String.join(", ", YEARS.stream().map(String::valueOf).toList())));
            return problems;
        }
        if (awardedOn != null && awardedOn.isAfter(Today.inVietnam())) {
            problems.add(new FieldProblem("awarded_on", "badges.error.future"));
        }
        if (awardedOn == null || admitted == null) {
            return problems;
        }
        LocalDate due = due(admitted, badgeYears);
        if (awardedOn.isBefore(due)) {
            if (ground == null) {
                problems.add(new FieldProblem("awarded_on", "badges.error.too-early", badgeYears, due.format(DAY)));
            } else if (awardedOn.isBefore(due.minusMonths(monthsEarly(badgeYears, ground)))) {
                problems.add(new FieldProblem("awarded_on", "badges.error.too-early-even-" + ground.name().toLowerCase(
                        java.util.Locale.ROOT), badgeYears, due.format(DAY), monthsEarly(badgeYears, ground)));
            }
        }
        return problems;
    }
}
