package vn.dangbo.dashboard.presentation.ui;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import vn.dangbo.dashboard.presentation.ui.SlideContent.Block;
import vn.dangbo.dashboard.presentation.ui.SlideContent.Chart;
import vn.dangbo.dashboard.presentation.ui.SlideContent.Columns;
import vn.dangbo.dashboard.presentation.ui.SlideContent.Figure;
import vn.dangbo.dashboard.presentation.ui.SlideContent.Figures;
import vn.dangbo.dashboard.presentation.ui.SlideContent.Lines;
import vn.dangbo.dashboard.presentation.ui.SlideContent.Row;
import vn.dangbo.dashboard.presentation.ui.SlideContent.Rows;
import vn.dangbo.dashboard.presentation.ui.SlideContent.Subtitle;

/**
 * The presentation as a PowerPoint deck (.pptx, 16:9), for a hall PC without the server and for sending up: one slide
 * per slide shown, its title, figures, lists and tables as text, its charts as native charts ({@link DeckCharts}) that
 * PowerPoint can restyle. Light background, the slides' own colours.
 */
final class DeckWriter {
    static final String PPTX_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    /** 16:9 in points (13.33 × 7.5 inches). */
    static final int WIDTH = 960;
    static final int HEIGHT = 540;
    private static final int MARGIN = 36;
    private static final Color TITLE = new Color(0xb7, 0x1c, 0x1c);
    private static final Color TEXT = new Color(0x11, 0x11, 0x11);
    private static final Color MUTED = new Color(0x45, 0x4f, 0x5b);
    private static final String FONT = "Arial";

    private final XMLSlideShow deck = new XMLSlideShow();

    private DeckWriter() {
        deck.setPageSize(new Dimension(WIDTH, HEIGHT));
    }

    static byte[] write(List<SlideContent> slides) {
        DeckWriter writer = new DeckWriter();
        try (XMLSlideShow deck = writer.deck; ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            slides.forEach(writer::slide);
            deck.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void slide(SlideContent content) {
        XSLFSlide slide = deck.createSlide();
        boolean titleOnly = content.blocks().stream().allMatch(Subtitle.class::isInstance);
        double top = titleOnly ? HEIGHT / 3.0 : MARGIN;
        XSLFTextBox title = text(slide, new Rectangle2D.Double(MARGIN, top, WIDTH - 2 * MARGIN, 64));
        run(title.getTextParagraphs().getFirst(), content.title(), titleOnly ? 40 : 30, TITLE).setBold(true);
        if (titleOnly) {
            title.getTextParagraphs().getFirst().setTextAlign(TextParagraph.TextAlign.CENTER);
        }
        Rectangle2D.Double rest = new Rectangle2D.Double(MARGIN, top + 76, WIDTH - 2 * MARGIN, HEIGHT - top - 76 - MARGIN);
        blocks(slide, content.blocks(), rest, titleOnly);
    }

    /** Lays the blocks down the space given; a chart takes what the blocks after it leave. */
    private void blocks(XSLFSlide slide, List<Block> blocks, Rectangle2D.Double space, boolean centred) {
        double y = space.y;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            double left = space.y + space.height - y;
            double height = switch (block) {
                case Subtitle s -> 48;
                case Figures f -> 96;
                case Lines l -> Math.min(left, 34.0 * (l.lines().size() + (l.heading() == null ? 0 : 1)) + 12);
                case Rows r -> Math.min(left, 30.0 * r.rows().size() + 8);
                case Chart c -> left;
                case Columns c -> left;
            };
            block(slide, block, new Rectangle2D.Double(space.x, y, space.width, height), centred);
            y += height + 12;
        }
    }

    private void block(XSLFSlide slide, Block block, Rectangle2D.Double box, boolean centred) {
        switch (block) {
            case Subtitle subtitle -> {
                XSLFTextBox text = text(slide, box);
                run(text.getTextParagraphs().getFirst(), subtitle.text(), 24, MUTED);
                if (centred) {
                    text.getTextParagraphs().getFirst().setTextAlign(TextParagraph.TextAlign.CENTER);
                }
            }
            case Figures figures -> figures(slide, figures.figures(), box);
            case Chart chart -> DeckCharts.draw(deck, slide, chart, box);
            case Columns columns -> {
                double width = (box.width - 24.0 * (columns.blocks().size() - 1)) / columns.blocks().size();
                for (int i = 0; i < columns.blocks().size(); i++) {
                    blocks(slide, List.of(columns.blocks().get(i)),
                            new Rectangle2D.Double(box.x + i * (width + 24), box.y, width, box.height), false);
                }
            }
            case Lines lines -> lines(slide, lines, box);
            case Rows rows -> rows(slide, rows.rows(), box);
        }
    }

    private void figures(XSLFSlide slide, List<Figure> figures, Rectangle2D.Double box) {
        double width = box.width / Math.max(1, figures.size());
        for (int i = 0; i < figures.size(); i++) {
            XSLFTextBox text = text(slide, new Rectangle2D.Double(box.x + i * width, box.y, width - 12, box.height));
            run(text.getTextParagraphs().getFirst(), figures.get(i).value(), 36, TITLE).setBold(true);
            run(text.addNewTextParagraph(), figures.get(i).caption(), 15, MUTED);
        }
    }

    private void lines(XSLFSlide slide, Lines lines, Rectangle2D.Double box) {
        XSLFTextBox text = text(slide, box);
        XSLFTextParagraph paragraph = text.getTextParagraphs().getFirst();
        boolean first = true;
        if (lines.heading() != null) {
            run(paragraph, lines.heading(), 22, TITLE).setBold(true);
            first = false;
        }
        for (String line : lines.lines()) {
            XSLFTextParagraph next = first ? paragraph : text.addNewTextParagraph();
            next.setBullet(true);
            run(next, line, 20, TEXT);
            first = false;
        }
    }

    private void rows(XSLFSlide slide, List<Row> rows, Rectangle2D.Double box) {
        XSLFTable table = slide.createTable();
        table.setAnchor(box);
        double[] widths = {box.width * 0.55, box.width * 0.2, box.width * 0.17, box.width * 0.08};
        for (Row row : rows) {
            XSLFTableRow line = table.addRow();
            line.setHeight(28);
            for (int c = 0; c < row.cells().size(); c++) {
                XSLFTableCell cell = line.addCell();
                Color colour = c == row.cells().size() - 1 ? (row.met() ? new Color(0x2e, 0x7d, 0x32) : TITLE) : TEXT;
                XSLFTextRun run = cell.setText(row.cells().get(c));
                run.setFontSize(15.0);
                run.setFontColor(colour);
                run.setFontFamily(FONT);
            }
        }
        for (int c = 0; c < widths.length && c < table.getNumberOfColumns(); c++) {
            table.setColumnWidth(c, widths[c]);
        }
    }

    private static XSLFTextBox text(XSLFSlide slide, Rectangle2D anchor) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(anchor);
        box.setWordWrap(true);
        return box;
    }

    private static XSLFTextRun run(XSLFTextParagraph paragraph, String value, double size, Color colour) {
        XSLFTextRun run = paragraph.addNewTextRun();
        run.setText(value);
        run.setFontSize(size);
        run.setFontColor(colour);
        run.setFontFamily(FONT);
        return run;
    }
}
