package vn.dangbo.dashboard.ratings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.i18n.Message;

/**
 * The party's rules for one rating, checked before it is saved: a member admitted less than six months before the
 * rating is not rated, and from 2025 (Quy định 366-QĐ/TW) the 100-point score decides the level.
 */
public final class RatingRules {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RatingRules() {
    }

    /** Tiêu biểu is chosen among those rated HTXS only (Quy định 124-QĐ/TW, art. 12). */
    static void checkExemplary(RatingLevel level, boolean exemplary) {
        if (exemplary && level != RatingLevel.OUTSTANDING) {
            throw new RatingException("import.problem.exemplary-not-outstanding");
        }
    }

    static void check(int year, RatingLevel level, BigDecimal score, NotRatedReason reason, @Nullable LocalDate admitted) {
        problem(year, level, score, reason, admitted).ifPresent(message -> {
            throw new RatingException(message);
        });
    }

    /**
     * What is wrong with a rating, as a message, or nothing: the same rules for the forms and for imported sheets.
     *
     * @param admitted the member's admission date; null for a cell
     */
    public static Optional<Message> problem(int year, @Nullable RatingLevel level, @Nullable BigDecimal score, @Nullable NotRatedReason reason,
                                            @Nullable LocalDate admitted) {
        if ((level == null) == (reason == null)) {
            return Optional.of(new Message("ratings.error.level-or-reason"));
        }
        if (admitted != null && admitted.getYear() > year) {
            return Optional.of(new Message("ratings.error.not-yet-admitted", year, admitted.getYear()));
        }
        if (level == null) {
            return Optional.empty();
        }
        if (admitted != null && admitted.isAfter(LocalDate.of(year, 6, 30))) {
            return Optional.of(new Message("ratings.error.under-six-months",
                    admitted.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), year));
        }
        if (score != null && (score.signum() < 0 || score.compareTo(HUNDRED) > 0)) {
            return Optional.of(new Message("ratings.error.score-range"));
        }
        if (score != null && year >= 2025 && bandOf(score) != level) {
            return Optional.of(new Message("ratings.error.score-band", score.stripTrailingZeros().toPlainString(),
                    shortName(bandOf(score)), shortName(level)));
        }
        return Optional.empty();
    }

    /**
     * The outstanding quota, confirmed for 2019–2022: members rated outstanding may not exceed a fifth of those rated
     * good. Breaking it is warned about, not refused.
     */
    public static boolean quotaBreached(int year, long outstanding, long good) {
        return RuleSet.forYear(year).quotaConfirmed() && exceedsQuota(outstanding, good);
    }

    /** Whether more members are outstanding than a fifth of those rated good, whatever the year. */
    public static boolean exceedsQuota(long outstanding, long good) {
        return outstanding * 5 > good;
    }

    /** Quy định 366: ≥90 outstanding, 70–<90 good, 50–<70 satisfactory, <50 failed. */
    static RatingLevel bandOf(BigDecimal score) {
        if (score.compareTo(BigDecimal.valueOf(90)) >= 0) {
            return RatingLevel.OUTSTANDING;
        }
        if (score.compareTo(BigDecimal.valueOf(70)) >= 0) {
            return RatingLevel.GOOD;
        }
        return score.compareTo(BigDecimal.valueOf(50)) >= 0 ? RatingLevel.SATISFACTORY : RatingLevel.FAILED;
    }

    private static Message shortName(RatingLevel level) {
        return new Message("rating.short." + level);
    }
}
