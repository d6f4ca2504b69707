package vn.dangbo.dashboard.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.dangbo.dashboard.transfer.ColumnType.Coded;
import vn.dangbo.dashboard.transfer.ColumnType.Day;
import vn.dangbo.dashboard.transfer.ColumnType.Decimal;
import vn.dangbo.dashboard.transfer.ColumnType.Reference;
import vn.dangbo.dashboard.transfer.ColumnType.Text;
import vn.dangbo.dashboard.transfer.ColumnType.Whole;
import vn.dangbo.dashboard.transfer.ColumnType.YesNo;
import vn.dangbo.dashboard.base.table.Table;
import vn.dangbo.dashboard.base.table.TableFiles;

/**
 * The workbook the office fills in: a guide written from the sheets' own columns (so it cannot drift from what the
 * import reads), then one empty sheet per kind of record with its Vietnamese headers.
 */
public final class ImportTemplate {

    private ImportTemplate() {
    }

    public static byte[] xlsx() {
        List<Table> tables = new ArrayList<>();
        tables.add(guide());
        for (ImportSheet sheet : ImportSheet.values()) {
            tables.add(new Table(sheet.title(), sheet.columns(), List.of()));
        }
        return TableFiles.xlsx(tables);
    }

    static Table guide() {
        List<List<Object>> rows = new ArrayList<>();
        for (ImportSheet sheet : ImportSheet.values()) {
            for (SheetColumn column : sheet.sheetColumns()) {
                rows.add(Arrays.asList(sheet.title(), column.header(), need(column), howToWrite(column)));
            }
        }
        return new Table(SpreadsheetReader.GUIDE_SHEET, List.of("Trang", "Cột", "Bắt buộc", "Cách ghi"), rows);
    }

    private static String need(SheetColumn column) {
        return switch (column.need()) {
            case KEY -> "Có (khóa)";
            case OPTIONAL_KEY -> "Không (khóa)";
            case REQUIRED -> "Có";
            case OPTIONAL -> "Không";
        };
    }

    /** How a column is written, in the clerk's words. */
    static String howToWrite(SheetColumn column) {
        String how = switch (column.type()) {
            case Text t -> "chữ, tối đa " + t.maxLength() + " ký tự";
            case Whole w -> "số nguyên từ " + w.min() + " đến " + w.max();
            case Decimal d -> "số; phần thập phân sau dấu phẩy, ví dụ 12,5";
            case Day d -> "ngày/tháng/năm, ví dụ 03/02/2019";
            case Coded c -> "một trong: " + ImportCodes.words(c.words())
                    + (c.whenBlank() == null ? "" : " (bỏ trống là " + ImportCodes.word(c.words(), c.whenBlank()) + ")");
            case YesNo y -> "Có hoặc Không (bỏ trống là Không)";
            case Reference r -> "như cột \"" + r.target().referenceKey().header() + "\" của trang \"" + r.target().title()
                    + "\" (đã có trong dữ liệu, hoặc ở trang đó trong cùng tệp)";
        };
        return column.isKey() ? how + "; các cột khóa cùng chỉ một dòng: nhập lại thì sửa dòng đó, không thêm" : how;
    }
}
