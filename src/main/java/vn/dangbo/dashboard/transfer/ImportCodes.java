package vn.dangbo.dashboard.transfer;

import java.util.LinkedHashMap;
import java.util.Map;

/** The words the office writes in its sheets, and the values they stand for. */
final class ImportCodes {
    static final Map<String, String> GENDER = ordered("Nam", "MALE", "Nữ", "FEMALE");
    static final Map<String, String> STATUS = ordered("Chính thức", "FULL", "Dự bị", "PROBATIONARY");
    static final Map<String, String> LEVEL = ordered("HTXS", "OUTSTANDING", "HTT", "GOOD", "HTNV", "SATISFACTORY", "KHTNV", "FAILED");
    static final Map<String, String> NOT_RATED = ordered("Miễn sinh hoạt", "EXEMPT", "Đình chỉ sinh hoạt", "SUSPENDED",
            "Kết nạp chưa đủ 6 tháng", "ADMITTED_UNDER_SIX_MONTHS", "Khác", "OTHER");
    static final Map<String, String> MEETING_KIND = ordered("Thường kỳ", "REGULAR", "Chuyên đề", "THEMATIC");
    static final Map<String, String> GRADE = ordered("Tốt", "GOOD", "Khá", "FAIR", "Trung bình", "AVERAGE", "Kém", "POOR");
    static final Map<String, String> CELL_KIND = ordered("Xóm", "HAMLET", "Cơ quan", "AGENCY", "Trường học", "SCHOOL",
            "Quân sự", "MILITARY", "Công an", "POLICE", "Y tế", "HEALTH", "Khác", "OTHER");
    static final Map<String, String> THEORY = ordered("Chưa có", "NONE", "Sơ cấp", "ELEMENTARY", "Trung cấp", "INTERMEDIATE",
            "Cao cấp", "ADVANCED");
    static final Map<String, String> LEAVE = ordered("Xóa tên", "REMOVED", "Khai trừ", "EXPELLED", "Cho ra khỏi Đảng",
            "DISMISSED", "Từ trần", "DIED", "Chuyển đi", "TRANSFERRED_OUT");
    static final Map<String, String> STAGE = ordered("Quần chúng ưu tú", "IDENTIFIED", "Đã học lớp nhận thức về Đảng",
            "AWARENESS_COURSE", "Đang làm hồ sơ", "APPLICATION", "Đã có người giới thiệu", "INTRODUCED",
            "Chờ quyết định kết nạp", "AWAITING_DECISION");
    static final Map<String, String> PROGRAMME = ordered("Đại học", "UNIVERSITY", "Trung cấp chuyên môn",
            "VOCATIONAL_INTERMEDIATE", "Trung cấp lý luận chính trị", "POLITICAL_THEORY_INTERMEDIATE");
    static final Map<String, String> DIRECTION = ordered("Từ mức trở lên", "AT_LEAST", "Không vượt mức", "AT_MOST");
    static final Map<String, String> NEW_RURAL = ordered("Chưa đạt", "NONE", "Nông thôn mới", "NEW_RURAL",
            "Nông thôn mới nâng cao", "ADVANCED", "Nông thôn mới kiểu mẫu", "MODEL");

    private ImportCodes() {
    }

    /** The value a word stands for, ignoring case; null when the word is not one of them. */
    static String lookup(Map<String, String> codes, String word) {
        return codes.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(word.trim())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    /** "Có" (or x) is yes, "Không" or nothing is no; anything else is null. */
    static Boolean yesNo(String word) {
        String w = word.trim().toLowerCase();
        return w.isEmpty() || w.equals("không") ? Boolean.FALSE : w.equals("có") || w.equals("x") ? Boolean.TRUE : null;
    }

    /** The word a stored value is written as; the value itself when it has no word. */
    static String word(Map<String, String> codes, String value) {
        return codes.entrySet().stream().filter(e -> e.getValue().equals(value)).map(Map.Entry::getKey).findFirst()
                .orElse(value);
    }

    static String words(Map<String, String> codes) {
        return String.join(", ", codes.keySet());
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
