package vn.dangbo.dashboard.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import vn.dangbo.dashboard.ratings.NotRatedReason;
import vn.dangbo.dashboard.ratings.RatingLevel;
import vn.dangbo.dashboard.ratings.RatingRules;
import vn.dangbo.dashboard.ratings.RuleSet;
import vn.dangbo.dashboard.transfer.ImportPlan.PlannedRow;

/**
 * The party's rules that a row must keep beyond its columns' types: dates in order, attendance within the number
 * required, and for ratings the very rules the rating forms apply ({@link RatingRules}: a level or a reason for none,
 * no rating for a member admitted under six months before it, from 2025 the score's band).
 * The 20% quota on outstanding members is a warning, not a refusal.
 */
final class SheetRules {
    /** As the member form's Bean Validation has it. */
    private static final Pattern MEMBER_CODE = Pattern.compile("[A-Za-z0-9._-]{1,20}");

    /** Where a rule is broken: the column to point at and why. */
    interface Problems {
        void add(String column, String reason);
    }

    private SheetRules() {
    }

    static void check(PlannedRow row, KnownRecords known, Problems problems) {
        switch (row.sheet()) {
            case TERMS -> {
                if ((Integer) row.get("end_year") <= (Integer) row.get("start_year")) {
                    problems.add("Năm kết thúc", "năm kết thúc phải sau năm bắt đầu");
                }
            }
            case MEMBERS -> member(row, problems);
            case MEMBER_RATINGS -> rating(row, known.admission((String) row.get("member_id")), problems);
            case CELL_RATINGS -> rating(row, null, problems);
            case MEETINGS -> {
                notInFuture(row, "meeting_date", "Ngày", "ngày sinh hoạt", problems);
                notMoreThan(row, "present", "required", "Có mặt", "số có mặt", "số phải dự", problems);
            }
            case STUDIES -> notMoreThan(row, "took_part", "required", "Số tham gia", "số tham gia", "số phải tham gia", problems);
            default -> {
            }
        }
    }

    private static void member(PlannedRow row, Problems problems) {
        LocalDate admitted = (LocalDate) row.get("admission_date");
        LocalDate full = (LocalDate) row.get("full_membership_date");
        LocalDate left = (LocalDate) row.get("left_date");
        if (!MEMBER_CODE.matcher((String) row.get("code")).matches()) {
            problems.add("Mã đảng viên", "mã gồm chữ không dấu, số, dấu chấm, gạch; tối đa 20 ký tự");
        }
        notInFuture(row, "admission_date", "Ngày kết nạp", "ngày kết nạp", problems);
        if (full != null && full.isBefore(admitted)) {
            problems.add("Ngày chính thức", "ngày chính thức trước ngày kết nạp");
        }
        if (left != null && left.isBefore(admitted)) {
            problems.add("Ngày ra khỏi Đảng", "ngày ra khỏi Đảng trước ngày kết nạp");
        }
        if ((left == null) != (row.get("left_reason") == null)) {
            problems.add(left == null ? "Ngày ra khỏi Đảng" : "Lý do ra khỏi Đảng",
                    "cần cả ngày và lý do ra khỏi Đảng, hoặc bỏ trống cả hai");
        }
    }

    /** The ratings' own rules, as the rating forms check them; the problem is shown at the level. */
    private static void rating(PlannedRow row, LocalDate admitted, Problems problems) {
        String level = (String) row.get("level");
        String reason = (String) row.get("not_rated_reason");
        RatingRules.problem((Integer) row.get("rating_year"), level == null ? null : RatingLevel.valueOf(level),
                (BigDecimal) row.get("score"), reason == null ? null : NotRatedReason.valueOf(reason), admitted)
                .ifPresent(problem -> problems.add("Mức", problem));
    }

    private static void notInFuture(PlannedRow row, String dbColumn, String column, String what, Problems problems) {
        LocalDate date = (LocalDate) row.get(dbColumn);
        if (date.isAfter(LocalDate.now())) {
            problems.add(column, what + " ở tương lai");
        }
    }

    private static void notMoreThan(PlannedRow row, String part, String whole, String column, String partName,
                                    String wholeName, Problems problems) {
        int a = (Integer) row.get(part);
        int b = (Integer) row.get(whole);
        if (a > b) {
            problems.add(column, partName + " (" + a + ") lớn hơn " + wholeName + " (" + b + ")");
        }
    }

    /** The quota, warned about per year for the member ratings in the file, in the years it is confirmed for. */
    static void quotaWarnings(ImportPlan plan) {
        Map<Integer, int[]> years = new HashMap<>();
        for (PlannedRow r : plan.rows(ImportSheet.MEMBER_RATINGS)) {
            int[] counts = years.computeIfAbsent((Integer) r.get("rating_year"), y -> new int[2]);
            if ("OUTSTANDING".equals(r.get("level"))) {
                counts[0]++;
            } else if ("GOOD".equals(r.get("level"))) {
                counts[1]++;
            }
        }
        years.forEach((year, counts) -> {
            if (RuleSet.forYear(year).quotaConfirmed() && counts[0] * 5 > counts[1]) {
                plan.warnings.add("Năm " + year + ": " + counts[0] + " đảng viên HTXS vượt 20% số HTT (" + counts[1]
                        + ") trong tệp; vẫn nhập được, nhưng cần xem lại theo hướng dẫn về tỷ lệ.");
            }
        });
    }
}
