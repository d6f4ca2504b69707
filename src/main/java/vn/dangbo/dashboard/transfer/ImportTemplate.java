package vn.dangbo.dashboard.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The workbook the office fills in: a guide, then one sheet per kind of record with its Vietnamese headers. */
public final class ImportTemplate {

    private ImportTemplate() {
    }

    public static byte[] xlsx() {
        List<Table> tables = new ArrayList<>();
        tables.add(new Table(SpreadsheetReader.GUIDE_SHEET, List.of("Trang", "Cột", "Cách ghi"), List.of(
                Arrays.asList("Tất cả", "Ngày", "ngày/tháng/năm, ví dụ 03/02/2019"),
                Arrays.asList("Đảng viên", "Mã đảng viên", "mã riêng của mỗi đảng viên; nhập lại cùng mã thì sửa, không thêm"),
                Arrays.asList("Đảng viên", "Giới tính", "Nam, Nữ"),
                Arrays.asList("Đảng viên", "Tình trạng", "Chính thức, Dự bị"),
                Arrays.asList("Đảng viên", "Miễn sinh hoạt, Lao động trực tiếp", "Có hoặc Không (bỏ trống là Không)"),
                Arrays.asList("Xếp loại đảng viên, Xếp loại chi bộ", "Mức", ImportCodes.words(ImportCodes.LEVEL)),
                Arrays.asList("Xếp loại đảng viên, Xếp loại chi bộ", "Lý do không xếp loại",
                        ImportCodes.words(ImportCodes.NOT_RATED) + " (khi không có mức)"),
                Arrays.asList("Xếp loại đảng viên, Xếp loại chi bộ", "Điểm", "0–100, không bắt buộc (bắt buộc từ năm 2025)"),
                Arrays.asList("Sinh hoạt chi bộ", "Loại", ImportCodes.words(ImportCodes.MEETING_KIND)),
                Arrays.asList("Sinh hoạt chi bộ", "Đánh giá", ImportCodes.words(ImportCodes.GRADE) + " (không bắt buộc)"),
                Arrays.asList("Tất cả", "Mã chi bộ", "mã chi bộ như trong danh sách chi bộ (ví dụ X01)"))));
        for (ImportSheet sheet : ImportSheet.values()) {
            tables.add(new Table(sheet.title(), sheet.columns(), List.of()));
        }
        return TableFiles.xlsx(tables);
    }
}
