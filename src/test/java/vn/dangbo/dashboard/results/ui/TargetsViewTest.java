package vn.dangbo.dashboard.results.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import vn.dangbo.dashboard.base.ui.DecimalInput;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.results.TermResultService;

class TargetsViewTest extends UiTest {
    @Autowired TermResultService results;
    @Autowired OrganisationService organisation;

    /** Types a result into a row of the grid and saves it. */
    private static void enterResult(int row, String value) {
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("targets-grid"));
        Div cell = (Div) GridKt._getCellComponent(grid, row, "result");
        cell.getChildren().filter(DecimalInput.class::isInstance).map(DecimalInput.class::cast).findFirst()
                .orElseThrow().setValue(value);
        _click(cell.getChildren().filter(Button.class::isInstance).map(Button.class::cast).findFirst().orElseThrow());
    }

    @Test
    void the_clerk_records_a_result_and_the_target_is_judged_against_it() {
        var term = organisation.currentTerm().orElseThrow();
        BigDecimal recorded = results.targets(term).get(3).result();
        signInAs("vanphong");
        open("targets");
        try {
            enterResult(3, "3,1");

            assertThat(_get(Paragraph.class, spec -> spec.withId("targets-message")).getText())
                    .isEqualTo("Đã lưu kết quả: Tỷ lệ hộ nghèo cuối nhiệm kỳ.");
            assertThat(results.targetAchievement(term).met()).isEqualTo(10);
        } finally {
            results.recordResult(term, 4, recorded);
        }
        assertThat(results.targetAchievement(term).met()).isEqualTo(11);
    }

    @Test
    void a_result_another_clerk_recorded_meanwhile_is_not_overwritten() {
        var term = organisation.currentTerm().orElseThrow();
        BigDecimal recorded = results.targets(term).get(3).result();
        signInAs("vanphong");
        open("targets");
        try {
            results.recordResult(term, 4, new BigDecimal("2.9"));
            enterResult(3, "3,1");

            assertThat(_get(Paragraph.class, spec -> spec.withId("targets-message")).getText())
                    .isEqualTo("Kết quả chỉ tiêu \"Tỷ lệ hộ nghèo cuối nhiệm kỳ\" vừa được người khác ghi là 2,9; chưa lưu. "
                            + "Hãy xem lại rồi lưu nếu vẫn cần.");
            assertThat(results.targets(term).get(3).result()).isEqualByComparingTo("2.9");
        } finally {
            results.recordResult(term, 4, recorded);
        }
    }

    @Test
    void in_english_a_result_recorded_meanwhile_is_refused_in_english() {
        var term = organisation.currentTerm().orElseThrow();
        BigDecimal recorded = results.targets(term).get(3).result();
        signInAs("vanphong");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        open("targets");
        try {
            results.recordResult(term, 4, new BigDecimal("2.9"));
            enterResult(3, "3.1");

            assertThat(_get(Paragraph.class, spec -> spec.withId("targets-message")).getText())
                    .isEqualTo("The result of \"Tỷ lệ hộ nghèo cuối nhiệm kỳ\" was just recorded by someone else as 2.9; not saved. "
                            + "Check it and save again if still needed.");
        } finally {
            results.recordResult(term, 4, recorded);
        }
    }

    @Test
    void a_result_is_shown_as_written_without_decimals_it_does_not_have_and_with_its_unit() {
        signInAs("vanphong");
        open("targets");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("targets-grid"));
        var term = organisation.currentTerm().orElseThrow();
        for (int row = 0; row < results.targets(term).size(); row++) {
            var target = results.targets(term).get(row);
            Div cell = (Div) GridKt._getCellComponent(grid, row, "result");
            DecimalInput field = cell.getChildren().filter(DecimalInput.class::isInstance).map(DecimalInput.class::cast)
                    .findFirst().orElseThrow();
            if (target.result() != null) {
                assertThat(field.getDecimal()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(target.result()));
                assertThat(field.getValue()).as("written as the target beside it").isEqualTo(
                        vn.dangbo.dashboard.base.i18n.Formats.decimal(target.result(), java.util.Locale.of("vi", "VN")))
                        .doesNotEndWith(",0");
            }
        }
    }

    @Test
    void a_number_in_the_other_notation_is_refused_in_words_and_nothing_is_saved() {
        var term = organisation.currentTerm().orElseThrow();
        BigDecimal recorded = results.targets(term).get(3).result();
        signInAs("vanphong");
        open("targets");
        enterResult(3, "3.1");
        assertThat(_get(Paragraph.class, spec -> spec.withId("targets-message")).getText())
                .startsWith("«3.1» không phải số viết theo kiểu Việt Nam");
        assertThat(results.targets(term).get(3).result()).isEqualByComparingTo(recorded);
    }

    @Test
    void a_large_figure_reads_with_its_thousands_as_the_target_does() {
        assertThat(DecimalInput.parse("5.350", java.util.Locale.of("vi", "VN"))).contains(new BigDecimal("5350"));
        assertThat(DecimalInput.parse("48,5", java.util.Locale.of("vi", "VN"))).contains(new BigDecimal("48.5"));
        assertThat(DecimalInput.parse("5350", java.util.Locale.of("vi", "VN"))).contains(new BigDecimal("5350"));
        assertThat(DecimalInput.parse("3.1", java.util.Locale.of("vi", "VN"))).isEmpty();
        assertThat(DecimalInput.parse("1.23.456", java.util.Locale.of("vi", "VN"))).isEmpty();
        assertThat(DecimalInput.parse("", java.util.Locale.of("vi", "VN"))).isEmpty();
    }
}
