package vn.dangbo.dashboard.ratings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The party's rules for one rating, checked before it is saved (DOMAIN-RULES §2.3, §2.5). */
final class RatingRules {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RatingRules() {
    }

    static void check(int year, RatingLevel level, BigDecimal score, NotRatedReason reason, LocalDate admitted) {
        if ((level == null) == (reason == null)) {
            throw new RatingException("Cần đúng một trong hai: mức xếp loại, hoặc lý do không xếp loại.");
        }
        if (admitted != null && admitted.getYear() > year) {
            throw new RatingException("Năm " + year + " đảng viên chưa được kết nạp (kết nạp năm " + admitted.getYear() + ").");
        }
        if (level == null) {
            return;
        }
        if (admitted != null && admitted.isAfter(LocalDate.of(year, 6, 30))) {
            throw new RatingException("Đảng viên kết nạp ngày " + admitted.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                    + ", chưa đủ 6 tháng đến kỳ xếp loại năm " + year + ": không xếp loại (lý do: kết nạp chưa đủ 6 tháng).");
        }
        if (score != null && (score.signum() < 0 || score.compareTo(HUNDRED) > 0)) {
            throw new RatingException("Điểm từ 0 đến 100.");
        }
        if (score != null && year >= 2025 && bandOf(score) != level) {
            throw new RatingException("Từ năm 2025 (Quy định 366-QĐ/TW) điểm quyết định mức: " + score.stripTrailingZeros()
                    .toPlainString() + " điểm là " + shortName(bandOf(score)) + ", không phải " + shortName(level) + ".");
        }
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

    private static String shortName(RatingLevel level) {
        return switch (level) {
            case OUTSTANDING -> "HTXS";
            case GOOD -> "HTT";
            case SATISFACTORY -> "HTNV";
            case FAILED -> "KHTNV";
        };
    }
}
