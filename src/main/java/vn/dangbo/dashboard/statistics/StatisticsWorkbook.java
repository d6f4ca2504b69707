package vn.dangbo.dashboard.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.dangbo.dashboard.base.i18n.Message;

/**
 * The forms as the office sends them up: one workbook, a sheet per form, each with the header block (the committee
 * above and this committee on the left, "Biểu số N-BTCTW" on the right), the title and the year, the rows and
 * columns as the form has them with the columns' numbers, numbers as numbers, the footnote, and the signatures
 * (người lập biểu; T/M đảng ủy). Always in Vietnamese, whatever the screen's language: it is a party document.
 * Written with POI's streaming writer.
 */
public final class StatisticsWorkbook {
    public static final String TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int LABEL_COLUMN = 1;

    private StatisticsWorkbook() {
    }

    public static byte[] write(Collection<FilledForm> forms, FormHeading heading) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Styles styles = new Styles(workbook);
            for (FilledForm form : forms) {
                sheet(workbook.createSheet(sheetName(form.form())), form, heading, styles);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(SXSSFSheet sheet, FilledForm form, FormHeading heading, Styles styles) {
        List<String> columns = form.form().columnKeys();
        String year = String.valueOf(form.year());
        int last = LABEL_COLUMN + columns.size();
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(LABEL_COLUMN, 62 * 256);
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(LABEL_COLUMN + 1 + c, 14 * 256);
        }
        fitToPaperWidth(sheet);
        int r = 0;
        Row top = sheet.createRow(r++);
        text(top, 0, heading.superior().toUpperCase(java.util.Locale.ROOT), styles.plain);
        text(top, last, form.form().code(), styles.bold);
        Row second = sheet.createRow(r++);
        text(second, 0, heading.committee().toUpperCase(java.util.Locale.ROOT), styles.bold);
        text(second, last, vietnamese("stat.year-of", year), styles.plain);
        r++;
        Row title = sheet.createRow(r++);
        text(title, 0, new Message(form.form().titleKey()).vietnamese().toUpperCase(java.util.Locale.ROOT), styles.title);
        sheet.addMergedRegion(new CellRangeAddress(title.getRowNum(), title.getRowNum(), 0, last));
        Row period = sheet.createRow(r++);
        text(period, 0, vietnamese("stat.workbook.period", year), styles.centred);
        sheet.addMergedRegion(new CellRangeAddress(period.getRowNum(), period.getRowNum(), 0, last));
        r++;
        Row head = sheet.createRow(r++);
        head.setHeightInPoints(34);
        text(head, 0, vietnamese("stat.column.number"), styles.header);
        text(head, LABEL_COLUMN, vietnamese("stat.column.criterion"), styles.header);
        for (int c = 0; c < columns.size(); c++) {
            text(head, LABEL_COLUMN + 1 + c, new Message(columns.get(c)).vietnamese(), styles.header);
        }
        Row numbers = sheet.createRow(r++);
        sheet.setRepeatingRows(new CellRangeAddress(head.getRowNum(), numbers.getRowNum(), -1, -1));
        text(numbers, 0, "A", styles.header);
        text(numbers, LABEL_COLUMN, "B", styles.header);
        for (int c = 0; c < columns.size(); c++) {
            text(numbers, LABEL_COLUMN + 1 + c, String.valueOf(c + 1), styles.header);
        }
        for (FilledForm.Line line : form.lines()) {
            Row row = sheet.createRow(r++);
            text(row, 0, line.number(), styles.boxed);
            text(row, LABEL_COLUMN, "   ".repeat(line.depth()) + line.label().vietnamese(),
                    line.heading() || line.depth() == 0 ? styles.boxedBold : styles.boxed);
            for (int c = 0; c < columns.size(); c++) {
                Number figure = line.figures().get(c);
                var cell = row.createCell(LABEL_COLUMN + 1 + c);
                if (figure == null) {
                    cell.setCellStyle(styles.boxed);
                } else if (figure instanceof Long whole) {
                    cell.setCellValue(whole);
                    cell.setCellStyle(styles.whole);
                } else {
                    cell.setCellValue(Math.round(figure.doubleValue() * 10) / 10.0);
                    cell.setCellStyle(styles.decimal);
                }
            }
        }
        r++;
        Row note = sheet.createRow(r++);
        text(note, 0, vietnamese("stat.footnote", new Message(form.form().footnoteKey())), styles.note);
        sheet.addMergedRegion(new CellRangeAddress(note.getRowNum(), note.getRowNum(), 0, last));
        note.setHeightInPoints(45);
        r++;
        Row date = sheet.createRow(r++);
        text(date, last - 1, vietnamese("stat.workbook.date", heading.place(), String.valueOf(form.year() + 1)), styles.italic);
        Row sign = sheet.createRow(r++);
        text(sign, LABEL_COLUMN, vietnamese("stat.workbook.compiler"), styles.bold);
        text(sign, last - 1, vietnamese("stat.workbook.for-committee"), styles.bold);
        Row signHow = sheet.createRow(r);
        text(signHow, LABEL_COLUMN, vietnamese("stat.workbook.compiler-signs"), styles.italic);
        text(signHow, last - 1, vietnamese("stat.workbook.committee-signs"), styles.italic);
    }

    /** On A4 portrait, every column on the page's width (as many pages down as the rows need), margins of a form. */
    private static void fitToPaperWidth(SXSSFSheet sheet) {
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.LeftMargin, 0.6);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.RightMargin, 0.4);
    }

    private static String vietnamese(String key, Object... parameters) {
        return new Message(key, parameters).vietnamese();
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle plain;
        final CellStyle bold;
        final CellStyle italic;
        final CellStyle title;
        final CellStyle centred;
        final CellStyle header;
        final CellStyle boxed;
        final CellStyle boxedBold;
        final CellStyle whole;
        final CellStyle decimal;
        final CellStyle note;

        Styles(SXSSFWorkbook workbook) {
            Font regular = font(workbook, false, false, 12);
            Font strong = font(workbook, true, false, 12);
            Font slanted = font(workbook, false, true, 11);
            plain = style(workbook, regular, false);
            bold = style(workbook, strong, false);
            italic = style(workbook, slanted, false);
            title = style(workbook, font(workbook, true, false, 14), false);
            title.setAlignment(HorizontalAlignment.CENTER);
            centred = style(workbook, slanted, false);
            centred.setAlignment(HorizontalAlignment.CENTER);
            header = style(workbook, strong, true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            boxed = style(workbook, regular, true);
            boxed.setWrapText(true);
            boxedBold = style(workbook, strong, true);
            boxedBold.setWrapText(true);
            whole = style(workbook, regular, true);
            whole.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            decimal = style(workbook, regular, true);
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            note = style(workbook, slanted, false);
            note.setWrapText(true);
            note.setVerticalAlignment(VerticalAlignment.TOP);
        }

        private static Font font(SXSSFWorkbook workbook, boolean bold, boolean italic, int points) {
            Font font = workbook.createFont();
            font.setFontName("Times New Roman");
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            font.setItalic(italic);
            return font;
        }

        private static CellStyle style(SXSSFWorkbook workbook, Font font, boolean boxed) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            if (boxed) {
                style.setBorderTop(BorderStyle.THIN);
                style.setBorderBottom(BorderStyle.THIN);
                style.setBorderLeft(BorderStyle.THIN);
                style.setBorderRight(BorderStyle.THIN);
            }
            return style;
        }
    }

    /** The sheet a form is written on, for a reader. */
    public static String sheetName(StatisticForm form) {
        return "Biểu " + form.number();
    }
}
