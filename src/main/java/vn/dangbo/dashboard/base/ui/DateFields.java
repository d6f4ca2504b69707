package vn.dangbo.dashboard.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Locale;

/** Date fields written as the office writes dates: dd/MM/yyyy. */
public final class DateFields {

    private DateFields() {
    }

    public static DatePicker of(String label, Locale locale) {
        DatePicker picker = new DatePicker(label);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("dd/MM/yyyy");
        picker.setI18n(i18n);
        picker.setLocale(locale);
        return picker;
    }
}
