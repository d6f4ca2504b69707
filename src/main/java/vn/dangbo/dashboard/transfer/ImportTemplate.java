package vn.dangbo.dashboard.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.dangbo.dashboard.base.i18n.Message;
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
                rows.add(Arrays.asList(sheet.title(), column.header(), need(column), howToWrite(column).vietnamese()));
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

    /**
     * How a column is written, in the clerk's words: in Vietnamese in the template's guide, in the reader's language
     * beside a Danh mục field. The file's own words (sheets, headers, coded values) stay as the file has them.
     */
    static Message howToWrite(SheetColumn column) {
        Message how = switch (column.type()) {
            case Text t -> new Message("import.how.text", t.maxLength());
            case Whole w -> new Message("import.how.whole", String.valueOf(w.min()), String.valueOf(w.max()));
            case Decimal d -> new Message("import.how.decimal");
            case Day d -> new Message("import.how.day");
            case Coded c when c.words() == ImportCodes.LEVEL_WITH_OLDER -> new Message("import.how.level",
                    ImportCodes.words(ImportCodes.LEVEL), ImportCodes.words(ImportCodes.FULL_LEVEL), ImportCodes.olderLevelsWritten());
            case Coded c when c.words() == ImportCodes.ETHNICITY -> new Message("import.how.ethnicity");
            case Coded c -> c.whenBlank() == null ? new Message("import.how.coded", ImportCodes.words(c.words()))
                    : new Message("import.how.coded-blank", ImportCodes.words(c.words()), ImportCodes.word(c.words(), c.whenBlank()));
            case YesNo y -> new Message("import.how.yes-no");
            case Reference r -> new Message("import.how.reference", r.target().referenceKey().header(), r.target().title());
        };
        return column.isKey() ? new Message("import.how.key", how) : how;
    }
}
