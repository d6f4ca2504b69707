package vn.dangbo.dashboard.transfer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import vn.dangbo.dashboard.badges.EarlyGround;
import vn.dangbo.dashboard.discipline.DisciplineForm;
import vn.dangbo.dashboard.meetings.MeetingGrade;
import vn.dangbo.dashboard.meetings.MeetingKind;
import vn.dangbo.dashboard.members.Gender;
import vn.dangbo.dashboard.members.LeaveReason;
import vn.dangbo.dashboard.members.MemberStatus;
import vn.dangbo.dashboard.members.PoliticalTheory;
import vn.dangbo.dashboard.organisation.CellKind;
import vn.dangbo.dashboard.organisation.ResidentialWord;
import vn.dangbo.dashboard.ratings.NotRatedReason;
import vn.dangbo.dashboard.ratings.RatingLevel;
import vn.dangbo.dashboard.recruitment.CandidateStage;
import vn.dangbo.dashboard.results.NewRuralStatus;
import vn.dangbo.dashboard.results.TargetDirection;
import vn.dangbo.dashboard.training.TrainingProgramme;

/**
 * The words the office writes in its sheets, and the values they stand for: each enum's constants, one word each.
 * The words are the file's own, Vietnamese in either language of the interface. A switch over the enum names every
 * constant, so a value added to an enum cannot be forgotten here.
 */
final class ImportCodes {
    static final Map<String, String> GENDER = words(Gender.class, g -> switch (g) {
        case MALE -> "Nam";
        case FEMALE -> "Nữ";
    });
    static final Map<String, String> STATUS = words(MemberStatus.class, s -> switch (s) {
        case FULL -> "Chính thức";
        case PROBATIONARY -> "Dự bị";
    });
    static final Map<String, String> LEVEL = words(RatingLevel.class, l -> switch (l) {
        case OUTSTANDING -> "HTXS";
        case GOOD -> "HTT";
        case SATISFACTORY -> "HTNV";
        case FAILED -> "KHTNV";
    });
    /**
     * The level names before 2018 (Hướng dẫn 27-HD/BTCTW, 2014, and the guidance before it; ../shared/DOMAIN-RULES.md
     * §2.8), for members and for party organisations, each mapped onto the four levels used since 2018: "đủ tư cách,
     * hoàn thành xuất sắc / tốt / hoàn thành nhiệm vụ" and "vi phạm tư cách" for members; "trong sạch vững mạnh"
     * (with its exemplary subset), "hoàn thành tốt nhiệm vụ", "hoàn thành nhiệm vụ" and "yếu kém" for organisations.
     * Accepted for years before 2018 only.
     */
    static final Map<String, String> OLDER_LEVEL = olderLevels();
    /** Today's four levels written out in full, for any year. */
    static final Map<String, String> FULL_LEVEL = words(RatingLevel.class, l -> switch (l) {
        case OUTSTANDING -> "Hoàn thành xuất sắc nhiệm vụ";
        case GOOD -> "Hoàn thành tốt nhiệm vụ";
        case SATISFACTORY -> "Hoàn thành nhiệm vụ";
        case FAILED -> "Không hoàn thành nhiệm vụ";
    });
    /** The level column's words: today's four (short, then in full), then the older names. */
    static final Map<String, String> LEVEL_WITH_OLDER = withOlder(withOlder(LEVEL, FULL_LEVEL), OLDER_LEVEL);
    static final Map<String, String> NOT_RATED = words(NotRatedReason.class, r -> switch (r) {
        case EXEMPT -> "Miễn sinh hoạt";
        case SUSPENDED -> "Đình chỉ sinh hoạt";
        case ADMITTED_UNDER_SIX_MONTHS -> "Kết nạp chưa đủ 6 tháng";
        case OTHER -> "Khác";
    });
    static final Map<String, String> MEETING_KIND = words(MeetingKind.class, k -> switch (k) {
        case REGULAR -> "Thường kỳ";
        case THEMATIC -> "Chuyên đề";
    });
    static final Map<String, String> GRADE = words(MeetingGrade.class, g -> switch (g) {
        case GOOD -> "Tốt";
        case FAIR -> "Khá";
        case AVERAGE -> "Trung bình";
        case POOR -> "Kém";
    });
    static final Map<String, String> RESIDENTIAL = words(ResidentialWord.class, w -> switch (w) {
        case XOM -> "Xóm";
        case THON -> "Thôn";
        case AP -> "Ấp";
        case BAN -> "Bản";
        case BUON -> "Buôn";
        case LANG -> "Làng";
        case KHU_PHO -> "Khu phố";
        case TO_DAN_PHO -> "Tổ dân phố";
    });
    /** A hamlet cell's kind is written with the commune's own word: Xóm, Thôn, Ấp, … all stand for it. */
    static final Map<String, String> CELL_KIND = withSynonyms(words(CellKind.class, k -> switch (k) {
        case HAMLET -> "Xóm";
        case AGENCY -> "Cơ quan";
        case SCHOOL -> "Trường học";
        case MILITARY -> "Quân sự";
        case POLICE -> "Công an";
        case HEALTH -> "Y tế";
        case OTHER -> "Khác";
    }), RESIDENTIAL.keySet(), CellKind.HAMLET.name());
    static final Map<String, String> THEORY = words(PoliticalTheory.class, t -> switch (t) {
        case NONE -> "Chưa có";
        case ELEMENTARY -> "Sơ cấp";
        case INTERMEDIATE -> "Trung cấp";
        case ADVANCED -> "Cao cấp";
    });
    static final Map<String, String> LEAVE = words(LeaveReason.class, r -> switch (r) {
        case REMOVED -> "Xóa tên";
        case EXPELLED -> "Khai trừ";
        case DISMISSED -> "Cho ra khỏi Đảng";
        case DIED -> "Từ trần";
        case TRANSFERRED_OUT -> "Chuyển đi";
    });
    static final Map<String, String> STAGE = words(CandidateStage.class, s -> switch (s) {
        case IDENTIFIED -> "Quần chúng ưu tú";
        case AWARENESS_COURSE -> "Đã học lớp nhận thức về Đảng";
        case APPLICATION -> "Đang làm hồ sơ";
        case INTRODUCED -> "Đã có người giới thiệu";
        case AWAITING_DECISION -> "Chờ quyết định kết nạp";
    });
    static final Map<String, String> PROGRAMME = words(TrainingProgramme.class, p -> switch (p) {
        case UNIVERSITY -> "Đại học";
        case VOCATIONAL_INTERMEDIATE -> "Trung cấp chuyên môn";
        case POLITICAL_THEORY_INTERMEDIATE -> "Trung cấp lý luận chính trị";
    });
    static final Map<String, String> DIRECTION = words(TargetDirection.class, d -> switch (d) {
        case AT_LEAST -> "Từ mức trở lên";
        case AT_MOST -> "Không vượt mức";
    });
    static final Map<String, String> NEW_RURAL = words(NewRuralStatus.class, n -> switch (n) {
        case NONE -> "Chưa đạt";
        case NEW_RURAL -> "Nông thôn mới";
        case ADVANCED -> "Nông thôn mới nâng cao";
        case MODEL -> "Nông thôn mới kiểu mẫu";
    });

    static final Map<String, String> EARLY_GROUND = words(EarlyGround.class, g -> switch (g) {
        case ILLNESS -> "Ốm nặng";
        case POSTHUMOUS -> "Truy tặng";
    });

    static final Map<String, String> DISCIPLINE = words(DisciplineForm.class, f -> switch (f) {
        case REPRIMAND -> "Khiển trách";
        case WARNING -> "Cảnh cáo";
        case DISMISSAL -> "Cách chức";
        case EXPULSION -> "Khai trừ";
    });

    private ImportCodes() {
    }

    /** The value a word stands for, ignoring case, commas and doubled spaces; null when the word is not one of them. */
    static String lookup(Map<String, String> codes, String word) {
        String plain = plain(word);
        return codes.entrySet().stream().filter(e -> plain(e.getKey()).equalsIgnoreCase(plain)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static String plain(String word) {
        return word.replace(",", "").replaceAll("\\s+", " ").trim();
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

    private static Map<String, String> olderLevels() {
        Map<String, String> older = new LinkedHashMap<>();
        older.put("Đủ tư cách, hoàn thành xuất sắc nhiệm vụ", RatingLevel.OUTSTANDING.name());
        older.put("Đủ tư cách, hoàn thành tốt nhiệm vụ", RatingLevel.GOOD.name());
        older.put("Đủ tư cách, hoàn thành nhiệm vụ", RatingLevel.SATISFACTORY.name());
        older.put("Đủ tư cách, hoàn thành nhiệm vụ nhưng còn hạn chế", RatingLevel.SATISFACTORY.name());
        older.put("Vi phạm tư cách hoặc không hoàn thành nhiệm vụ", RatingLevel.FAILED.name());
        older.put("Vi phạm tư cách", RatingLevel.FAILED.name());
        older.put("Trong sạch vững mạnh tiêu biểu", RatingLevel.OUTSTANDING.name());
        older.put("Trong sạch vững mạnh", RatingLevel.OUTSTANDING.name());
        // "Hoàn thành tốt nhiệm vụ" and "Hoàn thành nhiệm vụ" named organisations' levels then and still do (FULL_LEVEL).
        older.put("Yếu kém", RatingLevel.FAILED.name());
        return older;
    }

    private static Map<String, String> withOlder(Map<String, String> current, Map<String, String> older) {
        Map<String, String> map = new LinkedHashMap<>(current);
        older.forEach(map::putIfAbsent);
        return map;
    }

    /** The older names with the level each stands for: "Đủ tư cách, hoàn thành tốt nhiệm vụ = HTT; …". */
    static String olderLevelsWritten() {
        return String.join("; ", OLDER_LEVEL.entrySet().stream().map(e -> e.getKey() + " = " + word(LEVEL, e.getValue())).toList());
    }

    /** Whether a word is one of the level names before 2018, written with or without commas. */
    static boolean olderLevelName(String word) {
        return lookup(OLDER_LEVEL, word) != null;
    }

    private static Map<String, String> withSynonyms(Map<String, String> words, java.util.Collection<String> synonyms, String value) {
        Map<String, String> map = new LinkedHashMap<>(words);
        synonyms.forEach(word -> map.putIfAbsent(word, value));
        return map;
    }

    /** Each constant's word, in the enum's order, to the constant's name (the stored value). */
    private static <E extends Enum<E>> Map<String, String> words(Class<E> type, Function<E, String> word) {
        Map<String, String> map = new LinkedHashMap<>();
        for (E constant : type.getEnumConstants()) {
            map.put(word.apply(constant), constant.name());
        }
        return map;
    }
}
