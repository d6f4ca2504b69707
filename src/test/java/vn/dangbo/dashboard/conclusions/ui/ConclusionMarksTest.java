package vn.dangbo.dashboard.conclusions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import vn.dangbo.dashboard.conclusions.ConclusionEntry;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.base.Today;
import vn.dangbo.dashboard.base.i18n.Formats;
import vn.dangbo.dashboard.chart.ApexChart;

/**
 * A conclusion recorded on a figure in the meeting: saved from the figure's card, then seen by another session under
 * that figure, as a dated mark on its chart, on the conclusions page and at the head of the attention list; its words
 * shown as text. Refused in words when incomplete, keeping what was typed; offered only to those who speak for the
 * meeting.
 */
class ConclusionMarksTest extends UiTest {
    private static final String WORDS = "Rà soát <b>HTXS</b> ở chi bộ có tỷ lệ cao";
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removeTheConclusions() {
        jdbc.update("delete from conclusion");
        jdbc.update("delete from audit_event where action = 'DATA_CONCLUSION'");
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private static Grid<ConclusionEntry> grid() {
        return _get(Grid.class, spec -> spec.withId("conclusions-grid"));
    }

    private static void conclude(String cardId, String words, String assignee) {
        _click(_get(Button.class, spec -> spec.withId(cardId + "-conclude")));
        _get(TextArea.class, spec -> spec.withId("conclusion-content")).setValue(words);
        _get(TextField.class, spec -> spec.withId("conclusion-assignee")).setValue(assignee);
        _click(_get(Button.class, spec -> spec.withId("conclusion-save")));
    }

    @Test
    void a_conclusion_recorded_on_a_figure_in_one_session_shows_on_that_figure_in_another() {
        open("ratings?year=2019");
        conclude("card-trend", WORDS, "Đồng chí Phó Bí thư");
        assertThat(_find(Dialog.class)).isEmpty();

        signInAs("quantri");
        open("ratings?year=2019");

        String today = Formats.date(LocalDate.now(Today.VIETNAM));
        assertThat(text("card-trend")).contains("Kết luận họp " + today + ": " + WORDS + " — Đồng chí Phó Bí thư",
                "Đang thực hiện");
        ApexChart chart = _get(ApexChart.class, spec -> spec.withId("chart-trend"));
        assertThat(chart.getOptions().annotations().xaxis()).anySatisfy(mark -> {
            assertThat(mark.x()).isEqualTo("2019");
            assertThat(mark.label().text()).isEqualTo("Kết luận " + today.substring(0, 5));
        });
        assertThat(text("card-year")).doesNotContain(WORDS);

        open("conclusions");
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains(WORDS, "Đồng chí Phó Bí thư");
        assertThat(text("conclusions-summary")).isEqualTo("1 kết luận chưa xong, trong đó 0 quá hạn.");

        open("attention?month=2020-06");
        assertThat(text("conclusions-carried")).contains(WORDS);
    }

    @Test
    void a_conclusion_without_its_words_is_refused_in_the_dialog_which_keeps_what_was_typed() {
        open("ratings?year=2019");

        conclude("card-trend", "", "Văn phòng Đảng ủy");

        assertThat(text("conclusion-error")).isEqualTo("Cần ghi nội dung kết luận, người thực hiện và hạn hoàn thành.");
        assertThat(_get(TextField.class, spec -> spec.withId("conclusion-assignee")).getValue()).isEqualTo("Văn phòng Đảng ủy");
        assertThat(jdbc.queryForObject("select count(*) from conclusion", Integer.class)).isZero();
    }

    @Test
    void a_conclusion_on_the_whole_meeting_is_recorded_on_the_conclusions_page_and_marked_done_there() {
        open("conclusions");
        _click(_get(Button.class, spec -> spec.withId("conclusions-add")));
        _get(TextArea.class, spec -> spec.withId("conclusion-content")).setValue("Chuẩn bị đại hội chi bộ");
        _get(TextField.class, spec -> spec.withId("conclusion-assignee")).setValue("Thường trực Đảng ủy");
        _click(_get(Button.class, spec -> spec.withId("conclusion-save")));
        long id = jdbc.queryForObject("select id from conclusion", Long.class);

        Component state = GridKt._getCellComponent(grid(), 0, "state");
        _click(_get(state, Button.class, spec -> spec.withId("conclusion-done-" + id)));

        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("Chuẩn bị đại hội chi bộ", "Thường trực Đảng ủy");
        assertThat(GridKt._getCellComponent(grid(), 0, "state").getElement().getTextRecursively()).startsWith("Đã xong");
        assertThat(GridKt._getCellComponent(grid(), 0, "subject").getElement().getTextRecursively()).isEqualTo("Cuộc họp (chung)");
        assertThat(jdbc.queryForObject("select done_on from conclusion where id = ?", LocalDate.class, id))
                .isEqualTo(LocalDate.now(Today.VIETNAM));
    }

    @Test
    void a_conclusion_on_a_cell_recorded_on_its_page_is_seen_by_its_secretary_who_may_not_record_one() {
        open("cells/X01?year=2019");
        _click(_get(Button.class, spec -> spec.withId("conclusion-add-cell")));
        _get(TextArea.class, spec -> spec.withId("conclusion-content")).setValue("Củng cố sinh hoạt chi bộ");
        _get(TextField.class, spec -> spec.withId("conclusion-assignee")).setValue("Bí thư chi bộ");
        _click(_get(Button.class, spec -> spec.withId("conclusion-save")));

        open("conclusions");
        assertThat(GridKt._getCellComponent(grid(), 0, "subject").getElement().getOuterHTML()).contains("href=\"cells/X01\"");

        signInAs("bithu.xom1");
        open("cells/X01?year=2019");
        assertThat(text("card-conclusions-cell")).contains("Củng cố sinh hoạt chi bộ", "Bí thư chi bộ");
        assertThat(_find(Button.class, spec -> spec.withClasses("conclusion-add"))).isEmpty();
    }

    @Test
    void a_cell_secretary_is_not_offered_to_record_a_conclusion() {
        signInAs("bithu.xom1");
        open("ratings?year=2019");

        assertThat(_find(Button.class, spec -> spec.withClasses("conclusion-add"))).isEmpty();
    }
}
