package vn.dangbo.dashboard.base.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Tables written as an Excel workbook (one sheet per table) or as CSV (UTF-8, which Excel opens correctly). */
public final class TableFiles {
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV_TYPE = "text/csv;charset=UTF-8";
    private static final int ROWS_IN_MEMORY = 100;

    private TableFiles() {
    }

    /**
     * The tables as a workbook, written with POI's streaming workbook: a hundred rows in memory at a time whatever
     * the tables' length (the rest go to a temporary file, removed when the workbook is written).
     */
    public static byte[] xlsx(List<Table> tables) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            CellStyle text = workbook.createCellStyle();
            text.setQuotePrefixed(true);
            for (Table table : tables) {
                Sheet sheet = workbook.createSheet(safeSheetName(table.name()));
                Row head = sheet.createRow(0);
                for (int c = 0; c < table.headers().size(); c++) {
                    Cell cell = head.createCell(c);
                    cell.setCellValue(table.headers().get(c));
                    cell.setCellStyle(header);
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<Object> values = table.rows().get(r);
                    for (int c = 0; c < values.size(); c++) {
                        write(row.createCell(c), values.get(c), percent, text);
                    }
                }
                for (int c = 0; c < table.headers().size(); c++) {
                    sheet.setColumnWidth(c, width(table, c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    /**
     * One table as CSV: comma-separated, quoted where needed, with a byte-order mark so Excel reads it as UTF-8.
     * Numbers are written as numbers (a decimal point, no thousands separator); a share is its percentage as a
     * number (0.125 → "12.5"), its column's header saying "(%)".
     */
    public static byte[] csv(Table table) {
        StringBuilder text = new StringBuilder("\uFEFF");
        List<String> headers = new java.util.ArrayList<>(table.headers());
        for (int column = 0; column < headers.size(); column++) {
            if (holdsShares(table, column) && !headers.get(column).contains("%")) {
                headers.set(column, headers.get(column) + " (%)");
            }
        }
        text.append(headers.stream().map(SpreadsheetFormulas::neutralise).map(TableFiles::quote).collect(Collectors.joining(","))).append("\r\n");
        for (List<Object> row : table.rows()) {
            text.append(row.stream().map(TableFiles::csvValue).map(TableFiles::quote).collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A column wide enough for its longest text (at most 60 characters), counted rather than measured: POI's
     * autoSizeColumn measures every cell with AWT fonts and took seconds for a few thousand rows.
     */
    private static int width(Table table, int column) {
        int longest = table.headers().get(column).length();
        for (List<Object> row : table.rows()) {
            Object value = column < row.size() ? row.get(column) : null;
            if (value != null) {
                longest = Math.max(longest, csvValue(value).length());
            }
        }
        return (Math.min(longest, 60) + 3) * 256;
    }

    private static void write(Cell cell, Object value, CellStyle percent, CellStyle formulaLikeText) {
        switch (value) {
            case null -> cell.setBlank();
            case Table.Share share -> {
                cell.setCellValue(share.value());
                cell.setCellStyle(percent);
            }
            case Number number -> cell.setCellValue(number.doubleValue());
            default -> {
                cell.setCellValue(value.toString());
                if (SpreadsheetFormulas.risky(value.toString())) {
                    cell.setCellStyle(formulaLikeText);
                }
            }
        }
    }

    private static String csvValue(Object value) {
        return switch (value) {
            case null -> "";
            case Table.Share share -> java.math.BigDecimal.valueOf(share.value() * 100).setScale(1, java.math.RoundingMode.HALF_UP)
                    .stripTrailingZeros().toPlainString();
            case Number number -> number.toString();
            default -> SpreadsheetFormulas.neutralise(value.toString());
        };
    }

    private static boolean holdsShares(Table table, int column) {
        return table.rows().stream().anyMatch(row -> column < row.size() && row.get(column) instanceof Table.Share);
    }

    private static String quote(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /** Excel's rules: at most 31 characters, none of : \ / ? * [ ]. */
    public static String safeSheetName(String name) {
        String clean = name.replaceAll("[:\\\\/?*\\[\\]]", "-");
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}
