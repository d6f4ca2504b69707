package vn.dangbo.dashboard.presentation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.IntegerField;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFGraphicFrame;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.report.OfficeFiles;

/** The presentation as a PowerPoint deck, read back with POI: the slides shown, their titles and figures, native charts. */
class PresentationDeckTest extends UiTest {

    private byte[] deck() {
        open("presentation");
        return _get(PresentationSettingsView.class).deck();
    }

    private static List<String> texts(XSLFSlide slide) {
        return slide.getShapes().stream().filter(XSLFTextShape.class::isInstance).map(s -> ((XSLFTextShape) s).getText()).toList();
    }

    @Test
    void the_deck_has_one_16_by_9_slide_per_slide_shown_each_with_its_title_and_figures_as_text() throws Exception {
        try (XMLSlideShow deck = new XMLSlideShow(new ByteArrayInputStream(deck()))) {
            assertThat(deck.getPageSize().getWidth() / deck.getPageSize().getHeight()).isCloseTo(16.0 / 9, org.assertj.core.data.Offset.offset(0.01));
            open("present");
            int shown = _get(PresentView.class).slideCount();
            assertThat(deck.getSlides()).hasSize(shown);
            assertThat(texts(deck.getSlides().getFirst())).first().isEqualTo("Đảng bộ xã Hải Nam");
            assertThat(texts(deck.getSlides().get(1))).first().isEqualTo("Chỉ tiêu kinh tế – xã hội: 11/11 đạt và vượt");
            assertThat(texts(deck.getSlides().get(2))).contains("521\nđảng viên", "11\nđảng viên dự bị");
            assertThat(texts(deck.getSlides().get(3))).anySatisfy(text -> assertThat(text).startsWith("30/25"));
        }
    }

    @Test
    void a_chart_is_a_native_chart_with_the_screen_s_series() throws Exception {
        try (XMLSlideShow deck = new XMLSlideShow(new ByteArrayInputStream(deck()))) {
            XSLFSlide recruitment = deck.getSlides().get(3);
            List<XSLFChart> charts = recruitment.getRelations().stream().filter(XSLFChart.class::isInstance)
                    .map(XSLFChart.class::cast).toList();
            assertThat(charts).singleElement().satisfies(chart -> {
                var data = chart.getChartSeries().getFirst();
                assertThat(data.getSeriesCount()).isEqualTo(2);
                var admittedSeries = (XDDFBarChartData.Series) data.getSeries(0);
                assertThat(admittedSeries.getCTBarSer().getTx().xmlText()).contains("Kết nạp");
                long admitted = 0;
                for (int i = 0; i < admittedSeries.getValuesData().getPointCount(); i++) {
                    Number value = admittedSeries.getValuesData().getPointAt(i);
                    admitted += value == null ? 0 : value.longValue();
                }
                assertThat(admitted).as("the admissions of the term, as the slide's chart").isEqualTo(30);
            });
            assertThat(recruitment.getShapes()).anyMatch(shape -> shape instanceof XSLFGraphicFrame);
        }
    }

    @Test
    void the_deck_is_valid_against_the_office_open_xml_schema() throws Exception {
        byte[] bytes = deck();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "documents"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "documents", "trinh-chieu-2015-2020.pptx"), bytes);
        assertThat(OfficeFiles.validatedParts(bytes)).as("presentation, slides, charts").isGreaterThan(10);
        assertThat(OfficeFiles.schemaErrors(bytes)).isEmpty();
    }

    @Test
    void the_interval_is_a_field_and_the_link_follows_it_within_its_bounds() {
        open("presentation");
        IntegerField seconds = _get(IntegerField.class, spec -> spec.withId("auto-seconds"));
        Anchor auto = _get(Anchor.class, spec -> spec.withId("start-auto"));
        assertThat(auto.getHref()).isEqualTo("present/1?auto=20");
        seconds.setValue(45);
        assertThat(auto.getHref()).isEqualTo("present/1?auto=45");
        seconds.setValue(1);
        assertThat(auto.getHref()).isEqualTo("present/1?auto=5");
    }
}
