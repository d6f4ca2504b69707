package vn.dangbo.dashboard.members;


/**
 * The fields of a member's record, each with its header in the member sheet (the import's and the download's) and
 * its database column: declared once, read by the sheet ({@code ImportSheet.MEMBERS}) and by the audit of a change
 * ({@link Member#auditedFields()}), so that the two cannot name a field differently.
 */
public enum MemberField {
    CODE("Mã đảng viên", "code"),
    FULL_NAME("Họ và tên", "full_name"),
    GENDER("Giới tính", "gender"),
    BIRTH_YEAR("Năm sinh", "birth_year"),
    CELL("Mã chi bộ", "cell_id"),
    STATUS("Tình trạng", "status"),
    ADMISSION_DATE("Ngày kết nạp", "admission_date"),
    FULL_MEMBERSHIP_DATE("Ngày chính thức", "full_membership_date"),
    EXEMPT("Miễn sinh hoạt", "exempt"),
    DIRECT_WORKER("Lao động trực tiếp", "direct_worker"),
    EDUCATION("Trình độ học vấn", "education"),
    POLITICAL_THEORY("Lý luận chính trị", "political_theory"),
    LEFT_DATE("Ngày ra khỏi Đảng", "left_date"),
    LEFT_REASON("Lý do ra khỏi Đảng", "left_reason"),
    TRANSFERRED_IN_DATE("Ngày chuyển đến", "transferred_in_date"),
    TRANSFERRED_IN_SCOPE("Chuyển đến từ", "transferred_in_scope"),
    TRANSFERRED_OUT_SCOPE("Chuyển đi tới", "transferred_out_scope"),
    RESTORED_DATE("Ngày phục hồi đảng tịch", "restored_date"),
    READMITTED("Kết nạp lại", "readmitted"),
    BIRTH_DATE("Ngày sinh", "birth_date"),
    ETHNICITY("Dân tộc", "ethnicity"),
    RELIGION("Tôn giáo", "religion"),
    GENERAL_EDUCATION("Giáo dục phổ thông", "general_education"),
    QUALIFICATION("Chuyên môn nghiệp vụ", "qualification"),
    ACADEMIC_TITLE("Chức danh khoa học", "academic_title"),
    OCCUPATION("Nghề nghiệp", "occupation"),
    YOUTH_UNION("Đoàn viên", "youth_union"),
    CARD_NUMBER("Số thẻ đảng viên", "card_number");

    private final String header;
    private final String column;

    MemberField(String header, String column) {
        this.header = header;
        this.column = column;
    }

    /** The column's header in the member sheet, which is also how a change to it reads in the audit. */
    public String header() {
        return header;
    }

    public String column() {
        return column;
    }
}
