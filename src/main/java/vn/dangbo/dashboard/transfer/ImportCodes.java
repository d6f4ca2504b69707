package vn.dangbo.dashboard.transfer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.badges.EarlyGround;
import vn.dangbo.dashboard.discipline.DisciplineForm;
import vn.dangbo.dashboard.inspection.InspectionKind;
import vn.dangbo.dashboard.inspection.InspectionSubject;
import vn.dangbo.dashboard.meetings.MeetingGrade;
import vn.dangbo.dashboard.meetings.MeetingKind;
import vn.dangbo.dashboard.members.AcademicTitle;
import vn.dangbo.dashboard.members.CardKind;
import vn.dangbo.dashboard.members.Ethnicity;
import vn.dangbo.dashboard.members.Gender;
import vn.dangbo.dashboard.members.GeneralEducation;
import vn.dangbo.dashboard.members.LeaveReason;
import vn.dangbo.dashboard.members.MemberStatus;
import vn.dangbo.dashboard.members.Occupation;
import vn.dangbo.dashboard.members.PoliticalTheory;
import vn.dangbo.dashboard.members.Qualification;
import vn.dangbo.dashboard.members.Religion;
import vn.dangbo.dashboard.members.TemporaryDirection;
import vn.dangbo.dashboard.members.TransferScope;
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

    static final Map<String, String> ETHNICITY = ethnicities();
    static final Map<String, String> RELIGION = words(Religion.class, r -> switch (r) {
        case NONE -> "Không";
        case CATHOLIC -> "Thiên Chúa";
        case PROTESTANT -> "Tin Lành";
        case BUDDHIST -> "Phật";
        case CAO_DAI -> "Cao Đài";
        case HOA_HAO -> "Hòa Hảo";
        case ISLAM -> "Hồi";
        case OTHER -> "Tôn giáo khác";
    }, Map.of("Đạo Thiên Chúa", "CATHOLIC", "Công giáo", "CATHOLIC", "Đạo Tin Lành", "PROTESTANT", "Đạo Phật", "BUDDHIST",
            "Phật giáo", "BUDDHIST", "Đạo Cao Đài", "CAO_DAI", "Đạo Hòa Hảo", "HOA_HAO", "Đạo Hoà Hảo", "HOA_HAO",
            "Đạo Hồi", "ISLAM", "Khác", "OTHER"));
    static final Map<String, String> GENERAL_EDUCATION = words(GeneralEducation.class, g -> switch (g) {
        case LITERATE -> "Biết đọc, biết viết chữ quốc ngữ";
        case PRIMARY -> "Tiểu học";
        case LOWER_SECONDARY -> "Trung học cơ sở";
        case UPPER_SECONDARY -> "Trung học phổ thông";
    }, Map.of("Biết chữ", "LITERATE", "THCS", "LOWER_SECONDARY", "THPT", "UPPER_SECONDARY", "12/12", "UPPER_SECONDARY",
            "9/12", "LOWER_SECONDARY", "10/10", "UPPER_SECONDARY", "7/10", "LOWER_SECONDARY"));
    static final Map<String, String> QUALIFICATION = words(Qualification.class, q -> switch (q) {
        case NONE -> "Chưa qua đào tạo";
        case VOCATIONAL -> "Công nhân kỹ thuật, nhân viên nghiệp vụ, sơ cấp";
        case INTERMEDIATE -> "Trung cấp";
        case COLLEGE -> "Cao đẳng";
        case BACHELOR -> "Đại học";
        case MASTER -> "Thạc sĩ";
        case DOCTOR -> "Tiến sĩ";
    }, Map.of("Không", "NONE", "Sơ cấp", "VOCATIONAL", "Thạc sỹ", "MASTER", "Tiến sỹ", "DOCTOR", "Cử nhân", "BACHELOR",
            "Kỹ sư", "BACHELOR"));
    static final Map<String, String> ACADEMIC_TITLE = words(AcademicTitle.class, t -> switch (t) {
        case NONE -> "Không";
        case ASSOCIATE_PROFESSOR -> "Phó Giáo sư";
        case PROFESSOR -> "Giáo sư";
    }, Map.of("PGS", "ASSOCIATE_PROFESSOR", "GS", "PROFESSOR"));
    static final Map<String, String> OCCUPATION = words(Occupation.class, o -> switch (o) {
        case STATE_OFFICIAL -> "Cán bộ, công chức cơ quan Nhà nước cấp tỉnh trở lên";
        case PARTY_OFFICIAL -> "Cán bộ, công chức cơ quan Đảng, Mặt trận, đoàn thể cấp tỉnh trở lên";
        case COMMUNE_OFFICIAL -> "Cán bộ, công chức, người hoạt động không chuyên trách ở xã, phường";
        case HAMLET_WORKER -> "Người hoạt động không chuyên trách thôn, tổ dân phố";
        case PUBLIC_EMPLOYEE -> "Viên chức trong các đơn vị sự nghiệp công lập";
        case NON_PUBLIC_EMPLOYEE -> "Người lao động trong các đơn vị sự nghiệp ngoài công lập";
        case BUSINESS_MANAGER -> "Người lãnh đạo, quản lý doanh nghiệp";
        case BUSINESS_STAFF -> "Nhân viên, người gián tiếp sản xuất";
        case BUSINESS_WORKER -> "Công nhân, lao động trực tiếp sản xuất";
        case FARMER -> "Người làm nông, lâm, ngư nghiệp";
        case ARMED_FORCES -> "Sỹ quan, chiến sỹ quân đội và công an";
        case UNIVERSITY_STUDENT -> "Sinh viên";
        case PUPIL -> "Học sinh";
        case OTHER -> "Khác (lao động hợp đồng, tự do)";
        case RETIRED -> "Đã nghỉ hưu, nghỉ công tác";
    }, Map.ofEntries(Map.entry("CBCC Nhà nước", "STATE_OFFICIAL"), Map.entry("CBCC Đảng, đoàn thể", "PARTY_OFFICIAL"),
            Map.entry("CBCC xã", "COMMUNE_OFFICIAL"), Map.entry("Không chuyên trách thôn", "HAMLET_WORKER"),
            Map.entry("Viên chức", "PUBLIC_EMPLOYEE"), Map.entry("Ngoài công lập", "NON_PUBLIC_EMPLOYEE"),
            Map.entry("Quản lý doanh nghiệp", "BUSINESS_MANAGER"), Map.entry("Nhân viên doanh nghiệp", "BUSINESS_STAFF"),
            Map.entry("Công nhân", "BUSINESS_WORKER"), Map.entry("Nông dân", "FARMER"),
            Map.entry("Nông, lâm, ngư nghiệp", "FARMER"), Map.entry("Quân đội, công an", "ARMED_FORCES"),
            Map.entry("Lực lượng vũ trang", "ARMED_FORCES"), Map.entry("Khác", "OTHER"), Map.entry("Tự do", "OTHER"),
            Map.entry("Nghỉ hưu", "RETIRED")));
    static final Map<String, String> TRANSFER_SCOPE = words(TransferScope.class, t -> switch (t) {
        case OTHER_PROVINCE -> "Tỉnh khác";
        case IN_PROVINCE -> "Xã khác trong tỉnh";
    }, Map.of("Huyện khác trong tỉnh", "IN_PROVINCE", "Trong tỉnh", "IN_PROVINCE", "Ngoài tỉnh", "OTHER_PROVINCE"));
    static final Map<String, String> CARD_KIND = words(CardKind.class, k -> switch (k) {
        case ISSUED -> "Phát thẻ";
        case REISSUED_LOST -> "Cấp lại do mất";
        case REPLACED_DAMAGED -> "Đổi lại do hỏng";
    });
    static final Map<String, String> TEMPORARY_DIRECTION = words(TemporaryDirection.class, d -> switch (d) {
        case SENT -> "Giới thiệu chuyển đi";
        case RECEIVED -> "Tiếp nhận chuyển đến";
    }, Map.of("Chuyển đi", "SENT", "Đi", "SENT", "Chuyển đến", "RECEIVED", "Đến", "RECEIVED"));
    static final Map<String, String> INSPECTION_KIND = words(InspectionKind.class, k -> switch (k) {
        case INSPECTION -> "Kiểm tra";
        case SUPERVISION -> "Giám sát";
    });
    static final Map<String, String> INSPECTION_SUBJECT = words(InspectionSubject.class, k -> switch (k) {
        case CELL -> "Chi bộ";
        case UNIT -> "Tổ chức đảng trực thuộc";
        case MEMBER -> "Đảng viên";
    });

    static final Map<String, String> CONCLUSION_SUBJECT = words(vn.dangbo.dashboard.conclusions.ConclusionSubject.class,
            k -> switch (k) {
                case FIGURE -> "Số liệu";
                case CELL -> "Chi bộ";
                case MEETING -> "Cuộc họp";
            });

    private ImportCodes() {
    }

    /** The value a word stands for, ignoring case, commas and doubled spaces; null when the word is not one of them. */
    static @Nullable String lookup(Map<String, String> codes, String word) {
        String plain = plain(word);
        return codes.entrySet().stream().filter(e -> plain(e.getKey()).equalsIgnoreCase(plain)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static String plain(String word) {
        return word.replace(",", "").replaceAll("\\s+", " ").trim();
    }

    /** "Có" (or x) is yes, "Không" or nothing is no; anything else is null. */
    static @Nullable Boolean yesNo(String word) {
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

    /** The form's names of the ethnic groups, and the names written without hyphens or as the older lists do. */
    private static Map<String, String> ethnicities() {
        Map<String, String> map = new LinkedHashMap<>();
        for (Ethnicity e : Ethnicity.values()) {
            map.put(e.label(), e.name());
        }
        for (Ethnicity e : Ethnicity.values()) {
            map.putIfAbsent(e.label().replace('-', ' '), e.name());
            map.putIfAbsent(e.label().replace("-", ""), e.name());
        }
        new java.util.TreeMap<>(Map.of("Khmer", "KHMER", "Khơ Me", "KHMER", "H'Mông", "HMONG", "Hmông", "HMONG", "Ê Đê", "E_DE", "Ba Na", "BA_NA",
                "Phà Thẻn", "PA_THEN", "Khác", "OTHER", "Gốc nước ngoài", "FOREIGN_ORIGIN")).forEach(map::putIfAbsent);
        return map;
    }

    /** {@link #words(Class, Function)}, then the forms' short words and other spellings, each standing for a constant. */
    private static <E extends Enum<E>> Map<String, String> words(Class<E> type, Function<E, String> word,
                                                                Map<String, String> synonyms) {
        Map<String, String> map = words(type, word);
        new java.util.TreeMap<>(synonyms).forEach(map::putIfAbsent);
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
