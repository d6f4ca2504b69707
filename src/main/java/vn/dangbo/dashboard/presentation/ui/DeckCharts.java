package vn.dangbo.dashboard.presentation.ui;

import java.awt.geom.Rectangle2D;
import java.util.HexFormat;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFFillProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import vn.dangbo.dashboard.chart.ChartOptions;
import vn.dangbo.dashboard.presentation.ui.SlideContent.Chart;

/**
 * A slide's chart as a native PowerPoint chart (POI's XDDF), from the same options the screen draws: columns and
 * bars (stacked, or stacked to 100%), lines. The series' colours are the screen's; a transparent series (a
 * waterfall's base) has no fill; the values the screen labels are labelled. A chart of another kind is written as its
 * values in a text box, so nothing is lost.
 */
final class DeckCharts {
    private DeckCharts() {
    }

    static void draw(XMLSlideShow deck, XSLFSlide slide, Chart content, Rectangle2D box) {
        ChartOptions options = content.charts().build();
        String type = options.chart().type();
        if (!("bar".equals(type) || "line".equals(type)) || options.xaxis() == null || options.xaxis().categories() == null) {
            asText(slide, options, box);
            return;
        }
        XSLFChart chart = deck.createChart(slide);
        // The chart's frame is placed in EMU (12,700 to a point), unlike the text boxes.
        slide.addChart(chart, new Rectangle2D.Double(Units.toEMU(box.getX()), Units.toEMU(box.getY()),
                Units.toEMU(box.getWidth()), Units.toEMU(box.getHeight())));
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        if (options.yaxis() != null && options.yaxis().min() != null) {
            values.setMinimum(options.yaxis().min().doubleValue());
        }
        boolean bar = "bar".equals(type);
        XDDFChartData data = chart.createData(bar ? ChartTypes.BAR : ChartTypes.LINE, categories, values);
        if (data instanceof XDDFBarChartData bars) {
            boolean horizontal = options.plotOptions() != null && options.plotOptions().bar() != null
                    && options.plotOptions().bar().horizontal();
            bars.setBarDirection(horizontal ? BarDirection.BAR : BarDirection.COL);
            if (Boolean.TRUE.equals(options.chart().stacked())) {
                bars.setBarGrouping("100%".equals(options.chart().stackType()) ? BarGrouping.PERCENT_STACKED : BarGrouping.STACKED);
                bars.setOverlap((byte) 100);
            }
            if (horizontal) {
                categories.setPosition(AxisPosition.LEFT);
                values.setPosition(AxisPosition.BOTTOM);
                // The first category at the top, as on the screen.
                categories.setOrientation(org.apache.poi.xddf.usermodel.chart.AxisOrientation.MAX_MIN);
            }
        }
        // The figures also go into the chart's own workbook (PowerPoint's "Edit data"), which the series refer to.
        XSSFSheet sheet = workbook(chart).getSheetAt(0);
        List<String> names = options.xaxis().categories();
        for (int r = 0; r < names.size(); r++) {
            cell(sheet, r + 1, 0).setCellValue(names.get(r));
        }
        XDDFCategoryDataSource x = XDDFDataSourcesFactory.fromArray(names.toArray(String[]::new),
                range(sheet, names.size(), 0));
        List<?> series = options.series();
        for (int i = 0; i < series.size(); i++) {
            ChartOptions.Series one = (ChartOptions.Series) series.get(i);
            Double[] numbers = one.data().stream().map(n -> n == null ? null : n.doubleValue()).toArray(Double[]::new);
            String title = one.name().isEmpty() ? " " : one.name();
            cell(sheet, 0, i + 1).setCellValue(title);
            for (int r = 0; r < numbers.length; r++) {
                if (numbers[r] != null) {
                    cell(sheet, r + 1, i + 1).setCellValue(numbers[r]);
                }
            }
            XDDFNumericalDataSource<Double> y = XDDFDataSourcesFactory.fromArray(numbers, range(sheet, numbers.length, i + 1));
            XDDFChartData.Series added = data.addSeries(x, y);
            added.setTitle(title, new CellReference(sheet.getSheetName(), 0, i + 1, true, true));
            added.setShapeProperties(shape(colour(options, i)));
            if (labelled(options, i) && added instanceof XDDFBarChartData.Series barSeries) {
                CTDLbls labels = barSeries.getCTBarSer().addNewDLbls();
                labels.addNewShowLegendKey().setVal(false);
                labels.addNewShowVal().setVal(true);
                labels.addNewShowCatName().setVal(false);
                labels.addNewShowSerName().setVal(false);
                labels.addNewShowPercent().setVal(false);
                labels.addNewShowBubbleSize().setVal(false);
                // A step the series has no value at (a waterfall's rise where it falls) has no label, not a "0":
                // the labels' format writes nothing for zero.
                var format = labels.addNewNumFmt();
                format.setFormatCode("#,##0.##;-#,##0.##;;");
                format.setSourceLinked(false);
            }
        }
        chart.plot(data);
        if (options.legend() != null && options.legend().show()) {
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        }
    }

    private static org.apache.poi.xssf.usermodel.XSSFWorkbook workbook(XSLFChart chart) {
        try {
            return chart.getWorkbook();
        } catch (java.io.IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new java.io.UncheckedIOException(new java.io.IOException("The chart's workbook could not be made", e));
        }
    }

    private static XSSFCell cell(XSSFSheet sheet, int row, int column) {
        XSSFRow line = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        return line.getCell(column) == null ? line.createCell(column) : line.getCell(column);
    }

    /** "Sheet0!$B$2:$B$7": the rows below the header row, in one column. */
    private static String range(XSSFSheet sheet, int rows, int column) {
        return new CellRangeAddress(1, rows, column, column).formatAsString(sheet.getSheetName(), true);
    }

    private static boolean labelled(ChartOptions options, int series) {
        ChartOptions.DataLabels labels = options.dataLabels();
        return labels != null && labels.enabled() && (labels.enabledOnSeries() == null || labels.enabledOnSeries().contains(series));
    }

    private static @Nullable String colour(ChartOptions options, int series) {
        List<String> colours = options.colors();
        return colours == null || colours.isEmpty() ? null : colours.get(series % colours.size());
    }

    /** A "#rrggbb" colour as a solid fill; a transparent one ("rgba(…,0)") as none; anything else as PowerPoint's own. */
    private static XDDFShapeProperties shape(@Nullable String colour) {
        XDDFShapeProperties shape = new XDDFShapeProperties();
        XDDFFillProperties fill = null;
        if (colour != null && colour.matches("#[0-9a-fA-F]{6}")) {
            fill = new XDDFSolidFillProperties(XDDFColor.from(HexFormat.of().parseHex(colour.substring(1))));
        } else if (colour != null && colour.replace(" ", "").matches("rgba\\(.*,0\\)")) {
            fill = new XDDFNoFillProperties();
        }
        if (fill != null) {
            shape.setFillProperties(fill);
        }
        return shape;
    }

    private static String plain(Number value) {
        return value == null ? "—" : new java.math.BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
    }

    /** The chart's values as lines of text: "label: value" for each category of each series. */
    private static void asText(XSLFSlide slide, ChartOptions options, Rectangle2D box) {
        XSLFTextBox text = slide.createTextBox();
        text.setAnchor(box);
        StringBuilder lines = new StringBuilder();
        List<String> labels = options.labels() != null ? options.labels()
                : options.xaxis() != null && options.xaxis().categories() != null ? options.xaxis().categories() : List.of();
        List<?> series = options.series();
        for (int k = 0; k < series.size(); k++) {
            if (series.get(k) instanceof ChartOptions.Series one) {
                for (int i = 0; i < one.data().size() && i < labels.size(); i++) {
                    lines.append(one.name().isEmpty() ? "" : one.name() + " — ").append(labels.get(i)).append(": ")
                            .append(plain(one.data().get(i))).append('\n');
                }
            } else if (series.get(k) instanceof Number value) {
                lines.append(k < labels.size() ? labels.get(k) : "").append(": ").append(plain(value)).append('\n');
            }
        }
        text.setText(lines.toString().strip());
    }
}
