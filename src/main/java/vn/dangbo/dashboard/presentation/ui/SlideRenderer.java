package vn.dangbo.dashboard.presentation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.chart.ApexChart;
import vn.dangbo.dashboard.presentation.ui.SlideContent.Block;
import vn.dangbo.dashboard.presentation.ui.SlideContent.Chart;
import vn.dangbo.dashboard.presentation.ui.SlideContent.Columns;
import vn.dangbo.dashboard.presentation.ui.SlideContent.Figure;
import vn.dangbo.dashboard.presentation.ui.SlideContent.Figures;
import vn.dangbo.dashboard.presentation.ui.SlideContent.Lines;
import vn.dangbo.dashboard.presentation.ui.SlideContent.Row;
import vn.dangbo.dashboard.presentation.ui.SlideContent.Rows;
import vn.dangbo.dashboard.presentation.ui.SlideContent.Subtitle;

/** Draws a slide's content for the hall's screen: large type, charts filling the space left, text set as text. */
final class SlideRenderer {
    private static final String CHART_FONT = "22px";
    /** A category label longer than this wraps onto another line on a slide. */
    private static final int SLIDE_LABEL_CHARACTERS = 18;

    private SlideRenderer() {
    }

    static Div render(SlideContent content, boolean dark) {
        Div slide = new Div();
        slide.setId(content.id());
        slide.addClassName("slide");
        H1 heading = new H1(content.title());
        heading.addClassName("slide-heading");
        slide.add(heading);
        content.blocks().forEach(block -> slide.add(block(block, dark, content.title())));
        return slide;
    }

    private static Component block(Block block, boolean dark, String title) {
        return switch (block) {
            case Subtitle subtitle -> line("slide-subtitle", subtitle.text());
            case Figures figures -> {
                Div row = new Div(figures.figures().stream().map(SlideRenderer::figure).toArray(Component[]::new));
                row.addClassName("slide-figures");
                yield row;
            }
            case Chart chart -> chart(chart, dark, title);
            case Columns columns -> {
                Div both = new Div(columns.blocks().stream().map(b -> block(b, dark, title)).toArray(Component[]::new));
                both.addClassName("slide-columns");
                yield both;
            }
            case Lines lines -> {
                Div list = new Div();
                if (lines.id() != null) {
                    list.setId(lines.id());
                }
                list.addClassName("slide-list");
                if (lines.heading() != null) {
                    list.add(line("slide-list-heading", lines.heading()));
                }
                lines.lines().forEach(text -> list.add(line(null, text)));
                yield list;
            }
            case Rows rows -> {
                Div table = new Div();
                table.addClassName("slide-table");
                for (Row row : rows.rows()) {
                    Div line = new Div(row.cells().stream().map(Span::new).toArray(Component[]::new));
                    line.addClassNames("slide-row", row.met() ? "met" : "not-met");
                    table.add(line);
                }
                yield table;
            }
        };
    }

    private static Div figure(Figure figure) {
        Span number = new Span(figure.value());
        number.addClassName("slide-figure");
        Span label = new Span(figure.caption());
        label.addClassName("slide-figure-label");
        Div box = new Div(number, label);
        box.addClassName("slide-figure-box");
        return box;
    }

    private static Div chart(Chart content, boolean dark, String title) {
        var charts = content.charts();
        if (dark) {
            charts.onDark();
        }
        ApexChart chart = new ApexChart(charts.fontSize(CHART_FONT).withoutToolbar().height("100%").build());
        chart.setId(content.id());
        chart.setValueFormat(content.decimals(), "");
        chart.setWrapLabels(SLIDE_LABEL_CHARACTERS);
        chart.setHeightFull();
        chart.nameAs(title);
        Div box = new Div(chart);
        box.addClassName("slide-chart");
        return box;
    }

    private static Span line(@Nullable String className, String text) {
        Span span = new Span(text);
        if (className != null) {
            span.addClassName(className);
        }
        return span;
    }
}
