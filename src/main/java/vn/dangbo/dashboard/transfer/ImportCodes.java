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
