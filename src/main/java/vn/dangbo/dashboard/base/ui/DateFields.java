package vn.dangbo.dashboard.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.i18n.I18NProvider;
import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Date fields written as the office writes dates, dd/MM/yyyy, with the calendar in the reader's language (month and
 * day names, "Hôm nay", a week from Monday) and a message for a date that does not exist.
 */
public final class DateFields {

    private DateFields() {
    }

    public static DatePicker of(String label, Locale locale) {
        DatePicker picker = new DatePicker(label);
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
                .setDateFormat("dd/MM/yyyy")
                .setMonthNames(Arrays.stream(symbols.getMonths()).limit(12).map(DateFields::capitalised).toList())
                .setWeekdays(week(symbols.getWeekdays()))
                .setWeekdaysShort(week(symbols.getShortWeekdays()))
                .setFirstDayOfWeek(1)
                .setToday(I18NProvider.translate(locale, "date.today"))
                .setCancel(I18NProvider.translate(locale, "date.cancel"))
                .setBadInputErrorMessage(I18NProvider.translate(locale, "date.bad-input"));
        picker.setI18n(i18n);
        picker.setLocale(locale);
        return picker;
    }

    /** Sunday first, as the date picker counts them (its first day of the week is set apart). */
    private static List<String> week(String[] names) {
        return Arrays.stream(names, 1, 8).map(DateFields::capitalised).toList();
    }

    private static String capitalised(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase() + name.substring(1);
    }
}
