package vn.dangbo.dashboard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.dangbo.dashboard.UiTest;

/** The office's date fields: dd/MM/yyyy, and a calendar that speaks the reader's language. */
class DateFieldsTest extends UiTest {

    @Test
    void the_calendar_is_in_vietnamese_with_the_week_from_monday() {
        DatePicker.DatePickerI18n i18n = DateFields.of("Ngày", Locale.forLanguageTag("vi-VN")).getI18n();

        assertThat(i18n.getDateFormats()).containsExactly("dd/MM/yyyy");
        assertThat(i18n.getMonthNames()).startsWith("Tháng 1", "Tháng 2").hasSize(12);
        assertThat(i18n.getWeekdays().getFirst()).isEqualTo("Chủ Nhật");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getToday()).isEqualTo("Hôm nay");
        assertThat(i18n.getBadInputErrorMessage()).startsWith("Ngày không hợp lệ");
    }

    @Test
    void in_english_it_is_in_english() {
        DatePicker.DatePickerI18n i18n = DateFields.of("Date", Locale.ENGLISH).getI18n();

        assertThat(i18n.getMonthNames()).startsWith("January");
        assertThat(i18n.getToday()).isEqualTo("Today");
    }
}
