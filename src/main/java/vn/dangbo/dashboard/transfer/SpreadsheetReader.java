package vn.dangbo.dashboard.transfer;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.table.SpreadsheetFormulas;

/**
 * Reads an uploaded .xlsx (one sheet per kind of record, named as in the template) or a .csv (one kind, told by its
 * header row) into rows of text. Refuses, with a Vietnamese reason, what is not such a file.
 */
final class SpreadsheetReader {
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final String GUIDE_SHEET = "Hướng dẫn";

    private SpreadsheetReader() {
    }

    static Map<ImportSheet, List<RawRow>> read(byte@Nullable []  bytes, String fileName) {
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
        try {
            return WorkbookRows.read(bytes, (sheet, headers) -> checkColumns(ImportSheet.byTitle(sheet), headers), sheet -> {
                ImportSheet kind = ImportSheet.byTitle(sheet);
                if (kind == null) {
                    throw new ImportRefused("import.error.unknown-sheet", sheet, String.join(", ", titles()));
                }
                return kind;
            });
        } catch (ImportRefused refused) {
            throw refused;
        } catch (Exception | LinkageError notAWorkbook) {
            throw new ImportRefused("import.error.not-a-spreadsheet");
        }
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
    static @Nullable RawRow row(ImportSheet kind, List<String> headers, List<String> line, int number) {
        Map<String, String> values = new HashMap<>();
        for (int c = 0; c < headers.size(); c++) {
            values.put(headers.get(c), c < line.size() ? SpreadsheetFormulas.restore(line.get(c).trim()) : "");
        }
        return values.values().stream().anyMatch(v -> !v.isBlank()) ? new RawRow(kind, number, values) : null;
    }

    /** A sheet needs its key and required columns; an optional one it lacks leaves what is recorded as it is. */
    private static void checkColumns(@Nullable ImportSheet kind, List<String> headers) {
        if (kind == null) {
            return; // an unknown sheet is refused by its name, with the sheets there are
        }
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
