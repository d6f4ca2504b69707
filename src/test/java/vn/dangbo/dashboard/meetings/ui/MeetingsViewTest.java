package vn.dangbo.dashboard.meetings.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.UiTest;

class MeetingsViewTest extends UiTest {
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removeTheTestMeeting() {
        jdbc.update("delete from cell_meeting where meeting_date > date '2020-06-30'");
    }

    private void fill(int present, int required) {
        _get(DatePicker.class, spec -> spec.withId("meeting-date")).setValue(LocalDate.of(2020, 7, 3));
        _get(IntegerField.class, spec -> spec.withId("meeting-present")).setValue(present);
        _get(IntegerField.class, spec -> spec.withId("meeting-required")).setValue(required);
        _click(_get(Button.class, spec -> spec.withId("meeting-save")));
    }

    @Test
    void the_clerk_records_a_meeting_of_the_cell_and_year_in_the_address_and_does_not_overwrite_it_by_mistake() {
        signInAs("vanphong");
        open("meetings?cell=X01&year=2020");
        int before = _size(_get(Grid.class, spec -> spec.withId("meetings-grid")));
        fill(20, 23);
        assertThat(_get(Paragraph.class, spec -> spec.withId("meeting-message")).getText()).isEqualTo("Đã lưu buổi sinh hoạt.");
        assertThat(_size(_get(Grid.class, spec -> spec.withId("meetings-grid")))).isEqualTo(before + 1);
        fill(21, 23);
        assertThat(_get(Paragraph.class, spec -> spec.withId("meeting-message")).getText()).isEqualTo("Chi bộ đã có buổi "
                + "sinh hoạt thường kỳ ngày 03/07/2020 (có mặt 20/23); không ghi đè. Để sửa buổi đó, mở Danh mục › Sinh hoạt chi bộ.");
        assertThat(_size(_get(Grid.class, spec -> spec.withId("meetings-grid")))).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select present from cell_meeting where meeting_date = date '2020-07-03'", Integer.class))
                .isEqualTo(20);
    }

    @Test
    void more_present_than_required_is_refused_in_vietnamese() {
        signInAs("vanphong");
        open("meetings?cell=X01&year=2020");
        fill(30, 23);
        assertThat(_get(Paragraph.class, spec -> spec.withId("meeting-message")).getText())
                .isEqualTo("Số có mặt (30) lớn hơn số phải dự (23).");
    }

    @Test
    void more_present_than_required_is_refused_in_english_when_the_interface_is_english() {
        signInAs("vanphong");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        open("meetings?cell=X01&year=2020");
        fill(30, 23);
        assertThat(_get(Paragraph.class, spec -> spec.withId("meeting-message")).getText())
                .isEqualTo("Present (30) is more than required (23).");
    }

    @Test
    void the_form_opens_on_the_cells_latest_year_with_meetings_and_says_when_a_year_has_none() {
        signInAs("vanphong");
        int latest = jdbc.queryForObject("select max(extract(year from m.meeting_date)) from cell_meeting m "
                + "join cell c on c.id = m.cell_id where c.code = 'X01'", Integer.class);
        open("meetings?cell=X01");
        assertThat(_get(com.vaadin.flow.component.textfield.IntegerField.class, spec -> spec.withId("meetings-year")).getValue()).isEqualTo(latest);
        assertThat(_size(_get(com.vaadin.flow.component.grid.Grid.class))).isPositive();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withId("meetings-none"))).as("nothing said while the year has meetings").isEmpty();

        open("meetings?cell=X01&year=2031");
        var none = _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("meetings-none"));
        assertThat(none.isVisible()).isTrue();
        assertThat(none.getText()).startsWith("Chi bộ xóm 1 chưa có buổi sinh hoạt nào được ghi năm 2031.");
    }
}
