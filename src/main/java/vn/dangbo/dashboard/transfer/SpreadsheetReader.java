package vn.dangbo.dashboard.transfer;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.dangbo.dashboard.base.table.SpreadsheetFormulas;

/**
 * Reads an uploaded .xlsx (one sheet per kind of record, named as in the template) or a .csv (one kind, told by its
 * header row) into rows of text. Refuses, with a Vietnamese reason, what is not such a file.
 */
final class SpreadsheetReader {
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final String GUIDE_SHEET = "Hướng dẫn";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SpreadsheetReader() {
    }

    static Map<ImportSheet, List<RawRow>> read(byte[] bytes, String fileName) {
        if (bytes == null || bytes.length == 0) {
            throw new ImportRefused("import.error.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ImportRefused("import.too-large");
        }
        Map<ImportSheet, List<RawRow>> rows = fileName != null && fileName.toLowerCase().endsWith(".csv")
                ? readCsv(new String(bytes, StandardCharsets.UTF_8)) : readWorkbook(bytes);
        if (rows.values().stream().allMatch(List::isEmpty)) {
            throw new ImportRefused("import.error.no-rows");
        }
        return rows;
    }

    private static Map<ImportSheet, List<RawRow>> readWorkbook(byte[] bytes) {
        Map<ImportSheet, List<RawRow>> result = new EnumMap<>(ImportSheet.class);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            DataFormatter formatter = new DataFormatter();
            for (Sheet sheet : workbook) {
                if (sheet.getSheetName().equalsIgnoreCase(GUIDE_SHEET)) {
                    continue;
                }
                ImportSheet kind = ImportSheet.byTitle(sheet.getSheetName());
                if (kind == null) {
                    throw new ImportRefused("import.error.unknown-sheet", sheet.getSheetName(), String.join(", ", titles()));
                }
                Row header = sheet.getRow(sheet.getFirstRowNum());
                List<String> headers = new ArrayList<>();
                if (header != null) {
                    header.forEach(cell -> headers.add(formatter.formatCellValue(cell).trim()));
                }
                checkColumns(kind, headers);
                List<RawRow> rows = new ArrayList<>();
                for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    if (row == null) {
                        continue;
                    }
                    Map<String, String> values = new HashMap<>();
                    for (int c = 0; c < headers.size(); c++) {
                        values.put(headers.get(c), text(row.getCell(c), formatter));
                    }
                    if (values.values().stream().anyMatch(v -> !v.isBlank())) {
                        rows.add(new RawRow(kind, r + 1, values));
                    }
                }
                result.put(kind, rows);
            }
        } catch (ImportRefused refused) {
            throw refused;
        } catch (Exception | LinkageError notAWorkbook) {
            throw new ImportRefused("import.error.not-a-spreadsheet");
        }
        return result;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(DATE);
        }
        return formatter.formatCellValue(cell).trim();
    }

    private static Map<ImportSheet, List<RawRow>> readCsv(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Iterator<List<String>> lines = Csv.lines(body);
        if (!lines.hasNext()) {
            throw new ImportRefused("import.error.empty");
        }
        List<String> headers = lines.next().stream().map(String::trim).toList();
        ImportSheet kind = null;
        long kindFound = 0;
        for (ImportSheet candidate : ImportSheet.values()) {
            long found = candidate.columns().stream().filter(headers::contains).count();
            if (headers.containsAll(candidate.neededColumns()) && (kind == null || found > kindFound
                    || found == kindFound && candidate.neededColumns().size() > kind.neededColumns().size())) {
                kind = candidate;
                kindFound = found;
            }
        }
        if (kind == null) {
            throw new ImportRefused("import.error.csv-header");
        }
        Map<ImportSheet, List<RawRow>> result = new EnumMap<>(ImportSheet.class);
        result.put(kind, new CsvRows(kind, headers, body));
        return result;
    }

    /** One data line of a CSV as a row, or null when it is blank. */
    static RawRow row(ImportSheet kind, List<String> headers, List<String> line, int number) {
        Map<String, String> values = new HashMap<>();
        for (int c = 0; c < headers.size(); c++) {
            values.put(headers.get(c), c < line.size() ? SpreadsheetFormulas.restore(line.get(c).trim()) : "");
        }
        return values.values().stream().anyMatch(v -> !v.isBlank()) ? new RawRow(kind, number, values) : null;
    }

    /** A sheet needs its key and required columns; an optional one it lacks leaves what is recorded as it is. */
    private static void checkColumns(ImportSheet kind, List<String> headers) {
        for (String column : kind.neededColumns()) {
            if (!headers.contains(column)) {
                throw new ImportRefused("import.error.missing-column", kind.title(), column);
            }
        }
    }

    private static List<String> titles() {
        return java.util.Arrays.stream(ImportSheet.values()).map(ImportSheet::title).toList();
    }
}
