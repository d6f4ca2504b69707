package vn.dangbo.dashboard.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dangbo.dashboard.transfer.ImportPlan.MeetingRow;
import vn.dangbo.dashboard.transfer.ImportPlan.MemberRow;
import vn.dangbo.dashboard.transfer.ImportPlan.RatingRow;

/**
 * Checks every row of every sheet and says, for each problem, where and why; party rules are checked where they
 * apply: a member admitted under six months before the rating is not rated; the 20% quota on outstanding members is
 * a warning, not a refusal.
 */
final class ImportValidator {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private final Map<String, LocalDate> knownMembers;
    private final Set<String> knownCells;
    private final ImportPlan plan = new ImportPlan();

    private ImportValidator(Map<String, LocalDate> knownMembers, Set<String> knownCells) {
        this.knownMembers = new HashMap<>(knownMembers);
        this.knownCells = knownCells;
    }

    /** @param knownMembers members already recorded, code → admission date; @param knownCells cell codes */
    static ImportPlan check(Map<ImportSheet, List<RawRow>> rows, Map<String, LocalDate> knownMembers, Set<String> knownCells) {
        ImportValidator validator = new ImportValidator(knownMembers, knownCells);
        rows.getOrDefault(ImportSheet.MEMBERS, List.of()).forEach(validator::member);
        rows.getOrDefault(ImportSheet.MEMBER_RATINGS, List.of()).forEach(r -> validator.rating(r, true));
        rows.getOrDefault(ImportSheet.CELL_RATINGS, List.of()).forEach(r -> validator.rating(r, false));
        rows.getOrDefault(ImportSheet.MEETINGS, List.of()).forEach(validator::meeting);
        validator.quotaWarnings();
        return validator.plan;
    }

    private void member(RawRow row) {
        int before = plan.problems.size();
        String code = required(row, "Mã đảng viên");
        String name = required(row, "Họ và tên");
        String gender = coded(row, "Giới tính", ImportCodes.GENDER, true);
        Integer birthYear = number(row, "Năm sinh", 1900, LocalDate.now().getYear(), true);
        String cell = cell(row, "Mã chi bộ");
        String status = coded(row, "Tình trạng", ImportCodes.STATUS, true);
        LocalDate admitted = date(row, "Ngày kết nạp", true);
        LocalDate full = date(row, "Ngày chính thức", false);
        Boolean exempt = yesNo(row, "Miễn sinh hoạt");
        Boolean direct = yesNo(row, "Lao động trực tiếp");
        if (!code.isEmpty() && plan.members.stream().anyMatch(m -> m.code().equals(code))) {
            problem(row, "Mã đảng viên", "mã " + code + " đã có ở một dòng trước trong trang này");
        }
        if (admitted != null && full != null && full.isBefore(admitted)) {
            problem(row, "Ngày chính thức", "ngày chính thức trước ngày kết nạp");
        }
        if (plan.problems.size() == before) {
            plan.members.add(new MemberRow(code, name, gender, birthYear, cell, status, admitted, full, exempt, direct));
            knownMembers.put(code, admitted);
        }
    }

    private void rating(RawRow row, boolean ofMember) {
        int before = plan.problems.size();
        String subjectColumn = ofMember ? "Mã đảng viên" : "Mã chi bộ";
        String subject = required(row, subjectColumn);
        if (!subject.isEmpty() && ofMember && !knownMembers.containsKey(subject)) {
            problem(row, subjectColumn, "không có đảng viên mã " + subject + " (trong dữ liệu hay trang Đảng viên)");
        } else if (!subject.isEmpty() && !ofMember && !knownCells.contains(subject)) {
            problem(row, subjectColumn, "không có chi bộ mã " + subject);
        }
        Integer year = number(row, "Năm", 1950, 2100, true);
        String level = coded(row, "Mức", ImportCodes.LEVEL, false);
        String reason = coded(row, "Lý do không xếp loại", ImportCodes.NOT_RATED, false);
        Integer score = number(row, "Điểm", 0, 100, false);
        if (plan.problems.size() == before && (level == null) == (reason == null)) {
            problem(row, "Mức", "cần đúng một trong hai: mức xếp loại, hoặc lý do không xếp loại");
        }
        if (plan.problems.size() == before && ofMember && level != null) {
            LocalDate admitted = knownMembers.get(subject);
            if (admitted != null && admitted.isAfter(LocalDate.of(year, 6, 30))) {
                problem(row, "Mức", "đảng viên kết nạp ngày " + admitted.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                        + ", chưa đủ 6 tháng đến kỳ xếp loại năm " + year + ": không xếp loại (lý do: Kết nạp chưa đủ 6 tháng)");
            }
        }
        List<RatingRow> target = ofMember ? plan.memberRatings : plan.cellRatings;
        if (plan.problems.size() == before && target.stream().anyMatch(r -> r.subjectCode().equals(subject) && r.year() == year)) {
            problem(row, "Năm", subject + " đã có xếp loại năm " + year + " ở một dòng trước");
        }
        if (plan.problems.size() == before) {
            target.add(new RatingRow(subject, year, level, score == null ? null : BigDecimal.valueOf(score), reason));
        }
    }

    private void meeting(RawRow row) {
        int before = plan.problems.size();
        String cell = cell(row, "Mã chi bộ");
        LocalDate date = date(row, "Ngày", true);
        String kind = coded(row, "Loại", ImportCodes.MEETING_KIND, true);
        Integer present = number(row, "Có mặt", 0, 100_000, true);
        Integer required = number(row, "Phải dự", 0, 100_000, true);
        String grade = coded(row, "Đánh giá", ImportCodes.GRADE, false);
        if (present != null && required != null && present > required) {
            problem(row, "Có mặt", "số có mặt (" + present + ") lớn hơn số phải dự (" + required + ")");
        }
        if (plan.problems.size() == before) {
            plan.meetings.add(new MeetingRow(cell, date, kind, present, required, grade));
        }
    }

    /** The 2019–2022 quota, warned about per year for the ratings in the file. */
    private void quotaWarnings() {
        Map<Integer, int[]> years = new HashMap<>();
        for (RatingRow r : plan.memberRatings) {
            int[] counts = years.computeIfAbsent(r.year(), y -> new int[2]);
            if ("OUTSTANDING".equals(r.level())) {
                counts[0]++;
            } else if ("GOOD".equals(r.level())) {
                counts[1]++;
            }
        }
        years.forEach((year, counts) -> {
            if (counts[0] * 5 > counts[1]) {
                plan.warnings.add("Năm " + year + ": " + counts[0] + " đảng viên HTXS vượt 20% số HTT (" + counts[1]
                        + ") trong tệp; vẫn nhập được, nhưng cần xem lại theo hướng dẫn về tỷ lệ.");
            }
        });
    }

    private String required(RawRow row, String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            problem(row, column, "chưa nhập");
        }
        return value;
    }

    private String cell(RawRow row, String column) {
        String code = required(row, column);
        if (!code.isEmpty() && !knownCells.contains(code)) {
            problem(row, column, "không có chi bộ mã " + code);
        }
        return code;
    }

    private String coded(RawRow row, String column, Map<String, String> codes, boolean needed) {
        String word = row.get(column);
        if (word.isEmpty()) {
            if (needed) {
                problem(row, column, "chưa nhập (một trong: " + ImportCodes.words(codes) + ")");
            }
            return null;
        }
        String code = ImportCodes.lookup(codes, word);
        if (code == null) {
            problem(row, column, "\"" + word + "\" không hợp lệ; cần một trong: " + ImportCodes.words(codes));
        }
        return code;
    }

    private Integer number(RawRow row, String column, int min, int max, boolean needed) {
        String text = row.get(column);
        if (text.isEmpty()) {
            if (needed) {
                problem(row, column, "chưa nhập");
            }
            return null;
        }
        try {
            int value = new BigDecimal(text.replace(",", ".")).intValueExact();
            if (value < min || value > max) {
                problem(row, column, value + " nằm ngoài khoảng " + min + "–" + max);
                return null;
            }
            return value;
        } catch (NumberFormatException | ArithmeticException e) {
            problem(row, column, "\"" + text + "\" không phải số nguyên");
            return null;
        }
    }

    private LocalDate date(RawRow row, String column, boolean needed) {
        String text = row.get(column);
        if (text.isEmpty()) {
            if (needed) {
                problem(row, column, "chưa nhập (ngày/tháng/năm)");
            }
            return null;
        }
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            problem(row, column, "\"" + text + "\" không phải ngày dạng ngày/tháng/năm, ví dụ 03/02/2019");
            return null;
        }
    }

    private Boolean yesNo(RawRow row, String column) {
        Boolean value = ImportCodes.yesNo(row.get(column));
        if (value == null) {
            problem(row, column, "\"" + row.get(column) + "\" không hợp lệ; cần Có hoặc Không");
            return false;
        }
        return value;
    }

    private void problem(RawRow row, String column, String reason) {
        plan.problems.add(new ImportProblem(row.sheet().title(), row.row(), column, reason));
    }

    static Set<String> set(List<String> values) {
        return new HashSet<>(values);
    }
}
