package vn.dangbo.dashboard.base.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Arrays;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A Word document's page as party documents are set (Hướng dẫn 36-HD/VPTW): A4, margins 2 cm (3 cm on the binding
 * side), Times New Roman at the document's size; and tables whose columns are declared in their grid and in every
 * cell, which the OOXML schema requires and stricter readers insist on, set across the text's width by weight.
 */
public final class WordPage {
    public static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String FONT = "Times New Roman";
    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int TWO_CM = 1134;
    private static final int THREE_CM = 1701;
    /** The width of the text between the margins, in twentieths of a point. */
    public static final int TEXT_WIDTH = A4_WIDTH - THREE_CM - TWO_CM;

    private final XWPFDocument document;
    private final int size;

    /** Sets the document's page to A4 with the party's margins; its runs will be {@code size} points. */
    public WordPage(XWPFDocument document, int size) {
        this.document = document;
        this.size = size;
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz page = section.addNewPgSz();
        page.setW(BigInteger.valueOf(A4_WIDTH));
        page.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(TWO_CM));
        margins.setBottom(BigInteger.valueOf(TWO_CM));
        margins.setLeft(BigInteger.valueOf(THREE_CM));
        margins.setRight(BigInteger.valueOf(TWO_CM));
        margins.setHeader(BigInteger.valueOf(TWO_CM / 2));
        margins.setFooter(BigInteger.valueOf(TWO_CM / 2));
        margins.setGutter(BigInteger.ZERO);
    }

    /** The size of the document's text, in points. */
    public int size() {
        return size;
    }

    /** A new paragraph at the document's end. */
    public XWPFParagraph paragraph(ParagraphAlignment alignment, int spacingAfter) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }

    /** Words added to a paragraph in the document's type, as text (never read as markup or fields). */
    public XWPFRun run(XWPFParagraph paragraph, String words) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setText(words);
        return run;
    }

    /** A table at the document's end whose columns have these widths, declared in its grid and its cells. */
    public XWPFTable table(int rows, int[] widths) {
        XWPFTable table = document.createTable(rows, widths.length);
        table.setWidth(String.valueOf(Arrays.stream(widths).sum()));
        table.getCTTbl().getTblPr().getTblW().setType(STTblWidth.DXA);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        table.getRows().forEach(row -> {
            for (int c = 0; c < widths.length; c++) {
                row.getCell(c).setWidth(String.valueOf(widths[c]));
            }
        });
        return table;
    }

    /** Columns across the text's width in proportion to their weights: {@code widths(1, 5, 2)}. */
    public static int[] widths(int... weights) {
        int total = Arrays.stream(weights).sum();
        int[] widths = new int[weights.length];
        for (int i = 0; i < weights.length; i++) {
            widths[i] = TEXT_WIDTH * weights[i] / total;
        }
        return widths;
    }

    /** The document's bytes; closes it. */
    public static byte[] bytes(XWPFDocument document) {
        try (document; ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            document.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
