package vn.dangbo.dashboard.transfer;

import static vn.dangbo.dashboard.transfer.SheetColumn.key;
import static vn.dangbo.dashboard.transfer.SheetColumn.optional;
import static vn.dangbo.dashboard.transfer.SheetColumn.optionalKey;
import static vn.dangbo.dashboard.transfer.SheetColumn.required;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.i18n.Message;
import vn.dangbo.dashboard.base.live.Topic;
import vn.dangbo.dashboard.members.MemberField;
import vn.dangbo.dashboard.transfer.ColumnType.Coded;
import vn.dangbo.dashboard.transfer.ColumnType.Day;
import vn.dangbo.dashboard.transfer.ColumnType.Decimal;
import vn.dangbo.dashboard.transfer.ColumnType.Reference;
import vn.dangbo.dashboard.transfer.ColumnType.Text;
import vn.dangbo.dashboard.transfer.ColumnType.Whole;
import vn.dangbo.dashboard.transfer.ColumnType.YesNo;

/**
 * The kinds of record the office keeps in its sheets, one sheet each with Vietnamese headers, in the order they are
 * imported: a sheet refers only to sheets above it (a member to a cell, a rating to a member).
 */
public enum ImportSheet {
    COMMITTEE("Đảng bộ", "party_committee", Scope.SINGLE, List.of(
            required("Tên Đảng bộ", "name", new Text(200)),
            optional("Huyện", "district", new Text(100)),
            optional("Tỉnh", "province", new Text(100)),
            optional("Khu dân cư gọi là", "residential_word", new Coded(ImportCodes.RESIDENTIAL, null)),
            optional(ImportTarget.CODE_HEADER, "code", new Text(40)))),
    TERMS("Nhiệm kỳ", "term", Scope.COMMITTEE, List.of(
            key("Năm bắt đầu", "start_year", new Whole(1930, 2100)),
            required("Năm kết thúc", "end_year", new Whole(1930, 2100)))),
    CELLS("Chi bộ", "cell", Scope.COMMITTEE, List.of(
            key("Mã chi bộ", "code", new Text(20)),
            required("Tên chi bộ", "name", new Text(200)),
            required("Loại", "kind", new Coded(ImportCodes.CELL_KIND, null)))),
    MEMBERS("Đảng viên", "member", Scope.VERSIONED, List.of(
            key(MemberField.CODE, new Text(20)),
            required(MemberField.FULL_NAME, new Text(200)),
            required(MemberField.GENDER, new Coded(ImportCodes.GENDER, null)),
            required(MemberField.BIRTH_YEAR, new Whole(1900, 2100)),
            required(MemberField.CELL, new Reference(CELLS)),
            required(MemberField.STATUS, new Coded(ImportCodes.STATUS, null)),
            required(MemberField.ADMISSION_DATE, new Day()),
            optional(MemberField.FULL_MEMBERSHIP_DATE, new Day()),
            optional(MemberField.EXEMPT, new YesNo()),
            optional(MemberField.DIRECT_WORKER, new YesNo()),
            optional(MemberField.EDUCATION, new Text(100)),
            optional(MemberField.POLITICAL_THEORY, new Coded(ImportCodes.THEORY, "NONE")),
            optional(MemberField.LEFT_DATE, new Day()),
            optional(MemberField.LEFT_REASON, new Coded(ImportCodes.LEAVE, null)),
            optional(MemberField.TRANSFERRED_IN_DATE, new Day()),
            optional(MemberField.TRANSFERRED_IN_SCOPE, new Coded(ImportCodes.TRANSFER_SCOPE, null)),
            optional(MemberField.TRANSFERRED_OUT_SCOPE, new Coded(ImportCodes.TRANSFER_SCOPE, null)),
            optional(MemberField.RESTORED_DATE, new Day()),
            optional(MemberField.READMITTED, new YesNo()),
            optional(MemberField.BIRTH_DATE, new Day()),
            optional(MemberField.ETHNICITY, new Coded(ImportCodes.ETHNICITY, null)),
            optional(MemberField.RELIGION, new Coded(ImportCodes.RELIGION, null)),
            optional(MemberField.GENERAL_EDUCATION, new Coded(ImportCodes.GENERAL_EDUCATION, null)),
            optional(MemberField.QUALIFICATION, new Coded(ImportCodes.QUALIFICATION, null)),
            optional(MemberField.ACADEMIC_TITLE, new Coded(ImportCodes.ACADEMIC_TITLE, "NONE")),
            optional(MemberField.OCCUPATION, new Coded(ImportCodes.OCCUPATION, null)),
            optional(MemberField.YOUTH_UNION, new YesNo()),
            optional(MemberField.CARD_NUMBER, new Text(20)))),
    MEMBER_RATINGS("Xếp loại đảng viên", "member_rating", Scope.VERSIONED,
            rating(key("Mã đảng viên", "member_id", new Reference(MEMBERS)))),
    CELL_RATINGS("Xếp loại chi bộ", "cell_rating", Scope.NONE, rating(key("Mã chi bộ", "cell_id", new Reference(CELLS)))),
    RECRUITMENT_TARGETS("Chỉ tiêu kết nạp", "recruitment_target", Scope.NONE, List.of(
            key("Nhiệm kỳ (năm bắt đầu)", "term_id", new Reference(TERMS)),
            optionalKey("Năm", "target_year", new Whole(1930, 2100)),
            required("Chỉ tiêu", "target", new Whole(0, 100_000)))),
    CANDIDATES("Quần chúng ưu tú", "candidate", Scope.NONE, List.of(
            key("Họ và tên", "full_name", new Text(200)),
            key("Mã chi bộ", "cell_id", new Reference(CELLS)),
            required("Giai đoạn", "stage", new Coded(ImportCodes.STAGE, null)),
            required("Từ ngày", "stage_date", new Day()))),
    MEETINGS("Sinh hoạt chi bộ", "cell_meeting", Scope.NONE, List.of(
            key("Mã chi bộ", "cell_id", new Reference(CELLS)),
            key("Ngày", "meeting_date", new Day()),
            key("Loại", "kind", new Coded(ImportCodes.MEETING_KIND, null)),
            required("Có mặt", "present", new Whole(0, 100_000)),
            required("Phải dự", "required", new Whole(1, 100_000)),
            optional("Đánh giá", "grade", new Coded(ImportCodes.GRADE, null)))),
    STUDIES("Học tập nghị quyết", "study_campaign", Scope.COMMITTEE, List.of(
            key("Nghị quyết", "resolution", new Text(300)),
            key("Năm", "study_year", new Whole(1950, 2100)),
            required("Số tham gia", "took_part", new Whole(0, 100_000)),
            required("Số phải tham gia", "required", new Whole(0, 100_000)))),
    TRAININGS("Đào tạo", "training", Scope.NONE, List.of(
            key("Mã đảng viên", "member_id", new Reference(MEMBERS)),
            key("Chương trình", "programme", new Coded(ImportCodes.PROGRAMME, null)),
            key("Năm bắt đầu", "start_year", new Whole(1950, 2100)))),
    TERM_TARGETS("Chỉ tiêu nhiệm kỳ", "term_target", Scope.NONE, List.of(
            key("Nhiệm kỳ (năm bắt đầu)", "term_id", new Reference(TERMS)),
            key("Số thứ tự", "position", new Whole(1, 999)),
            required("Chỉ tiêu", "name", new Text(300)),
            optional("Đơn vị", "unit", new Text(50)),
            required("Hướng", "direction", new Coded(ImportCodes.DIRECTION, null)),
            required("Mục tiêu", "target_value", new Decimal(-1e12, 1e12)),
            optional("Kết quả", "result_value", new Decimal(-1e12, 1e12)))),
    AWARDS("Khen thưởng", "award", Scope.COMMITTEE, List.of(
            key("Năm", "award_year", new Whole(1950, 2100)),
            key("Danh hiệu", "title", new Text(300)),
            required("Cấp khen", "awarded_by", new Text(200)))),
    HAMLETS("Thôn xóm", "hamlet", Scope.COMMITTEE, List.of(
            key("Tên thôn, xóm", "name", new Text(200)),
            optional("Mã chi bộ", "cell_id", new Reference(CELLS)))),
    HAMLET_STATUSES("Nông thôn mới", "hamlet_status", Scope.NONE, List.of(
            key("Tên thôn, xóm", "hamlet_id", new Reference(HAMLETS)),
            key("Năm", "status_year", new Whole(1950, 2100)),
            required("Mức đạt", "status", new Coded(ImportCodes.NEW_RURAL, null)))),
    COMMUNE_CRITERIA("Tiêu chí nông thôn mới xã", "commune_criteria", Scope.COMMITTEE, List.of(
            key("Năm", "criteria_year", new Whole(1950, 2100)),
            required("Số tiêu chí đạt", "criteria_met", new Whole(0, 100)),
            required("Tổng số tiêu chí", "criteria_total", new Whole(1, 100)),
            optional("Mức công nhận", "level", new Coded(ImportCodes.NEW_RURAL, null)))),
    BADGES("Huy hiệu Đảng", "party_badge", Scope.NONE, List.of(
            key("Mã đảng viên", "member_id", new Reference(MEMBERS)),
            key("Huy hiệu (năm tuổi Đảng)", "badge_years", new Whole(30, 90)),
            required("Ngày trao", "awarded_on", new Day()),
            optional("Trao sớm vì", "early_ground", new Coded(ImportCodes.EARLY_GROUND, null)))),
    DISCIPLINES("Kỷ luật", "discipline", Scope.NONE, List.of(
            key("Mã đảng viên", "member_id", new Reference(MEMBERS)),
            key("Ngày quyết định", "decided_on", new Day()),
            key("Hình thức", "form", new Coded(ImportCodes.DISCIPLINE, null)),
            required("Cấp quyết định", "decided_by", new Text(200)))),
    CARDS("Thẻ đảng viên", "party_card", Scope.NONE, List.of(
            key("Mã đảng viên", "member_id", new Reference(MEMBERS)),
            key("Ngày", "issued_on", new Day()),
            key("Loại", "kind", new Coded(ImportCodes.CARD_KIND, null)))),
    TEMPORARY_TRANSFERS("Sinh hoạt tạm thời", "temporary_transfer", Scope.COMMITTEE, List.of(
            key("Họ và tên", "full_name", new Text(200)),
            key("Ngày", "transfer_date", new Day()),
            key("Hướng", "direction", new Coded(ImportCodes.TEMPORARY_DIRECTION, null)),
            optional("Nơi đi, nơi đến", "place", new Text(200)))),
    COMMITTEE_RATINGS("Xếp loại Đảng bộ", "committee_rating", Scope.COMMITTEE, List.of(
            key("Năm", "rating_year", new Whole(1950, 2100)),
            required("Mức", "level", new Coded(ImportCodes.LEVEL_WITH_OLDER, null)),
            optional("Tiêu biểu", "exemplary", new YesNo()),
            optional("Cấp đánh giá", "rated_by", new Text(200)))),
    INSPECTIONS("Kiểm tra, giám sát", "inspection", Scope.COMMITTEE, List.of(
            key("Năm", "inspection_year", new Whole(1950, 2100)),
            key("Hình thức", "kind", new Coded(ImportCodes.INSPECTION_KIND, null)),
            key("Đối tượng", "subject_kind", new Coded(ImportCodes.INSPECTION_SUBJECT, null)),
            key("Tên đối tượng", "subject", new Text(200)),
            optional("Kết luận", "outcome", new Text(300)))),
    CONCLUSIONS("Kết luận cuộc họp", "conclusion", Scope.COMMITTEE, List.of(
            key("Ngày họp", "meeting_date", new Day()),
            key("Về", "subject_kind", new Coded(ImportCodes.CONCLUSION_SUBJECT, null)),
            key("Mã đối tượng", "subject_key", new Text(100)),
            key("Nội dung", "content", new Text(500)),
            optional("Tên đối tượng", "subject_label", new Text(200)),
            optional("Kỳ số liệu", "period", new Text(20)),
            required("Người thực hiện", "assignee", new Text(200)),
            required("Hạn", "due_date", new Day()),
            optional("Ngày hoàn thành", "done_on", new Day())));

    /** What a row belongs to beyond its columns. */
    enum Scope {
        /** Nothing more. */
        NONE,
        /** The committee (there is one per database). */
        COMMITTEE,
        /** Nothing more, but it carries a version that a form holding an older copy must notice. */
        VERSIONED,
        /** The one row of its table: the committee itself. */
        SINGLE
    }

    private final String title;
    private final String table;
    private final Scope scope;
    private final List<SheetColumn> sheetColumns;

    ImportSheet(String title, String table, Scope scope, List<SheetColumn> sheetColumns) {
        this.title = title;
        this.table = table;
        this.scope = scope;
        this.sheetColumns = sheetColumns;
    }

    public String title() {
        return title;
    }

    /** What kind of data the sheet holds, for the views that show it. */
    public Topic topic() {
        return switch (this) {
            case COMMITTEE, TERMS, CELLS -> Topic.ORGANISATION;
            case MEMBERS, BADGES, DISCIPLINES, CARDS, TEMPORARY_TRANSFERS -> Topic.MEMBERS;
            case MEMBER_RATINGS, CELL_RATINGS, COMMITTEE_RATINGS, INSPECTIONS -> Topic.RATINGS;
            case RECRUITMENT_TARGETS, CANDIDATES -> Topic.RECRUITMENT;
            case MEETINGS, STUDIES -> Topic.MEETINGS;
            case TRAININGS -> Topic.TRAINING;
            case TERM_TARGETS, AWARDS, HAMLETS, HAMLET_STATUSES, COMMUNE_CRITERIA -> Topic.RESULTS;
            case CONCLUSIONS -> Topic.CONCLUSIONS;
        };
    }

    /** The sheet's name in an address: its title without accents, e.g. "Quần chúng ưu tú" → quan-chung-uu-tu. */
    public String slug() {
        String plain = java.text.Normalizer.normalize(title.replace('Đ', 'D').replace('đ', 'd'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    public static java.util.Optional<ImportSheet> bySlug(String slug) {
        return java.util.Arrays.stream(values()).filter(s -> s.slug().equals(slug)).findFirst();
    }

    /** What a column holds, for a form: free text, a number, a date, a choice of words, yes or no, or another row. */
    public enum FieldKind {
        TEXT, NUMBER, DATE, CHOICE, YES_NO, REFERENCE
    }

    /** The kind of form field that edits a field (a column, by its database name). */
    public FieldKind fieldKind(String field) {
        return switch (column(field).type()) {
            case ColumnType.Text t -> FieldKind.TEXT;
            case ColumnType.Whole w -> FieldKind.NUMBER;
            case ColumnType.Decimal d -> FieldKind.NUMBER;
            case ColumnType.Day d -> FieldKind.DATE;
            case ColumnType.Coded c -> FieldKind.CHOICE;
            case ColumnType.YesNo y -> FieldKind.YES_NO;
            case ColumnType.Reference r -> FieldKind.REFERENCE;
        };
    }

    /** The words a choice field takes, in order; empty for other fields. */
    public List<String> words(String field) {
        return column(field).type() instanceof ColumnType.Coded coded ? List.copyOf(coded.words().keySet()) : List.of();
    }

    /** The value a word of a choice field stands for (the enum constant's name), or null when it is none of them. */
    public @Nullable String valueOf(String field, String word) {
        return column(field).type() instanceof ColumnType.Coded coded && word != null ? ImportCodes.lookup(coded.words(), word) : null;
    }

    /** The sheet a reference field names a row of. */
    public java.util.Optional<ImportSheet> referenced(String field) {
        return column(field).type() instanceof ColumnType.Reference reference
                ? java.util.Optional.of(reference.target()) : java.util.Optional.empty();
    }

    /** The message key of the sheet's name on screen (the file keeps {@link #title()}). */
    public String labelKey() {
        return "records.sheet." + name();
    }

    /** The message key of a field's label on screen (the file keeps the column's header). */
    public String labelKey(String field) {
        return "records.column." + name() + "." + column(field).dbColumn();
    }

    public boolean isKey(String field) {
        return column(field).isKey();
    }

    public boolean isRequired(String field) {
        return column(field).isRequired();
    }

    /** How to write the field, in the clerk's words (as the template's guide says it). */
    public Message howToWrite(String field) {
        return ImportTemplate.howToWrite(column(field));
    }

    /** The column that fills a field. */
    SheetColumn column(String field) {
        return sheetColumns.stream().filter(c -> c.dbColumn().equals(field)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(this + " has no field " + field));
    }

    /** The fields, in the order of the columns: their database names, by which forms and problems know them. */
    public List<String> fields() {
        return sheetColumns.stream().map(SheetColumn::dbColumn).toList();
    }

    /** The columns a file must have: the key and the required ones (an optional one left out keeps what is recorded). */
    public List<String> neededColumns() {
        return sheetColumns.stream().filter(c -> c.isKey() || c.isRequired()).map(SheetColumn::header).toList();
    }

    /** The header row, in order. */
    public List<String> columns() {
        return sheetColumns.stream().map(SheetColumn::header).toList();
    }

    List<SheetColumn> sheetColumns() {
        return sheetColumns;
    }

    String table() {
        return table;
    }

    Scope scope() {
        return scope;
    }

    /** Whether another sheet refers to rows of this one (cells, members, terms, hamlets). */
    boolean isReferenced() {
        return Arrays.stream(values()).flatMap(sheet -> sheet.sheetColumns.stream())
                .anyMatch(column -> column.type() instanceof Reference reference && reference.target() == this);
    }

    /** The one column other sheets refer to this sheet by. */
    SheetColumn referenceKey() {
        return sheetColumns.getFirst();
    }

    /** A yearly rating of whom {@code subject} names: a level with an optional score, or the reason for none. */
    private static List<SheetColumn> rating(SheetColumn subject) {
        return List.of(subject,
                key("Năm", "rating_year", new Whole(1950, 2100)),
                optional("Mức", "level", new Coded(ImportCodes.LEVEL_WITH_OLDER, null)),
                optional("Điểm", "score", new Decimal(0, 100)),
                optional("Lý do không xếp loại", "not_rated_reason", new Coded(ImportCodes.NOT_RATED, null)),
                optional("Tiêu biểu", "exemplary", new YesNo()));
    }

    static @Nullable ImportSheet byTitle(String title) {
        for (ImportSheet sheet : values()) {
            if (sheet.title.equalsIgnoreCase(title.trim())) {
                return sheet;
            }
        }
        return null;
    }
}
