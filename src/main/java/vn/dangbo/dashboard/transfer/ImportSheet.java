package vn.dangbo.dashboard.transfer;

import java.util.List;

/** The kinds of record the office brings in from its sheets: one sheet each, with Vietnamese column headers. */
public enum ImportSheet {
    MEMBERS("Đảng viên", List.of("Mã đảng viên", "Họ và tên", "Giới tính", "Năm sinh", "Mã chi bộ", "Tình trạng",
            "Ngày kết nạp", "Ngày chính thức", "Miễn sinh hoạt", "Lao động trực tiếp")),
    MEMBER_RATINGS("Xếp loại đảng viên", List.of("Mã đảng viên", "Năm", "Mức", "Điểm", "Lý do không xếp loại")),
    CELL_RATINGS("Xếp loại chi bộ", List.of("Mã chi bộ", "Năm", "Mức", "Điểm", "Lý do không xếp loại")),
    MEETINGS("Sinh hoạt chi bộ", List.of("Mã chi bộ", "Ngày", "Loại", "Có mặt", "Phải dự", "Đánh giá"));

    private final String title;
    private final List<String> columns;

    ImportSheet(String title, List<String> columns) {
        this.title = title;
        this.columns = columns;
    }

    public String title() {
        return title;
    }

    public List<String> columns() {
        return columns;
    }

    static ImportSheet byTitle(String title) {
        for (ImportSheet sheet : values()) {
            if (sheet.title.equalsIgnoreCase(title.trim())) {
                return sheet;
            }
        }
        return null;
    }
}
