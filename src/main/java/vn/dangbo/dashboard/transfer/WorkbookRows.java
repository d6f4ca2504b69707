package vn.dangbo.dashboard.transfer;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads an .xlsx workbook's sheets row by row with POI's streaming (SAX) reader: the sheets' XML is never built into
 * a workbook in memory (a 3.8 MB workbook parsed whole ran out of 512 MB of heap), only the rows' text is kept. A
 * date cell is read as day/month/year whatever its display format, as the office types it.
 */
final class WorkbookRows {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private WorkbookRows() {
    }

    /**
     * Every sheet but the guide, as rows of text keyed by the sheet's header row; {@code checkHeaders} sees each
     * sheet's kind and headers before its rows are read (and may refuse it).
     *
     * @throws Exception when the bytes are not a readable workbook
     */
    static Map<ImportSheet, List<RawRow>> read(byte[] bytes, BiConsumer<String, List<String>> checkHeaders,
                                                java.util.function.Function<String, ImportSheet> kindOf) throws Exception {
        Map<ImportSheet, List<RawRow>> result = new EnumMap<>(ImportSheet.class);
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    if (name.equalsIgnoreCase(SpreadsheetReader.GUIDE_SHEET)) {
                        continue;
                    }
                    ImportSheet kind = kindOf.apply(name);
                    Rows rows = new Rows(kind, headers -> checkHeaders.accept(name, headers));
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new DayFirstDates(), false));
                    parser.parse(new InputSource(sheet));
                    result.put(kind, rows.rows);
                }
            }
        }
        return result;
    }

    /** Collects one sheet's rows: the first row read is its header. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final ImportSheet kind;
        private final java.util.function.Consumer<List<String>> headersRead;
        private final List<RawRow> rows = new ArrayList<>();
        private @Nullable List<String> headers;
        private final Map<Integer, String> cells = new HashMap<>();

        Rows(ImportSheet kind, java.util.function.Consumer<List<String>> headersRead) {
            this.kind = kind;
            this.headersRead = headersRead;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            cells.put((int) new CellReference(reference).getCol(), value == null ? "" : value.trim());
        }

        @Override
        public void endRow(int rowNum) {
            if (headers == null) {
                headers = new ArrayList<>();
                int last = cells.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
                for (int c = 0; c <= last; c++) {
                    headers.add(cells.getOrDefault(c, ""));
                }
                headersRead.accept(headers);
                return;
            }
            Map<String, String> values = new HashMap<>();
            boolean any = false;
            for (int c = 0; c < headers.size(); c++) {
                String value = cells.getOrDefault(c, "");
                values.put(headers.get(c), value);
                any |= !value.isBlank();
            }
            if (any) {
                rows.add(new RawRow(kind, rowNum + 1, values));
            }
        }

        @Override
        public void endSheet() {
            if (headers == null) {
                headersRead.accept(List.of());
            }
        }
    }

    /** Numbers as Excel shows them, dates as day/month/year. */
    private static final class DayFirstDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904).toLocalDate().format(DATE);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }
}
