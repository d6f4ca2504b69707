package vn.dangbo.dashboard.records.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.i18n.Message;
import vn.dangbo.dashboard.base.ui.Choices;
import vn.dangbo.dashboard.base.ui.DateFields;
import vn.dangbo.dashboard.transfer.ImportSheet;

/**
 * One column of a record as a form field, holding the text the sheet would hold: a text field, a date picker, a
 * choice of the column's words or of the rows it may name, or a check box for Có/Không.
 */
final class RecordField {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final Component component;
    private final Supplier<String> text;
    private final Consumer<String> show;

    private RecordField(Component component, Supplier<String> text, Consumer<String> show) {
        this.component = component;
        this.text = text;
        this.show = show;
    }

    /** The form field for a field of the sheet (by its database name), labelled {@code label}; {@code choices} gives, for a reference, the rows it may name with labels. */
    static RecordField of(ImportSheet sheet, String name, String label, Map<String, String> choices, Locale locale) {
        RecordField field = switch (sheet.fieldKind(name)) {
            case DATE -> date(label, locale);
            case CHOICE -> choice(label, sheet.words(name).stream().collect(java.util.stream.Collectors.toMap(
                    w -> w, w -> w, (a, b) -> a, java.util.LinkedHashMap::new)));
            case REFERENCE -> choice(label, choices);
            case YES_NO -> yesNo(label);
            case TEXT, NUMBER -> text(label);
        };
        if (field.component instanceof TextField textField && sheet.fieldKind(name) == ImportSheet.FieldKind.NUMBER) {
            Message how = sheet.howToWrite(name);
            textField.setHelperText(textField.getTranslation(how.key(), how.parameters()));
        }
        if (field.component instanceof com.vaadin.flow.component.HasValue<?, ?> value) {
            value.setRequiredIndicatorVisible(sheet.isRequired(name));
        }
        field.component.setId("field-" + sheet.fields().indexOf(name));
        return field;
    }

    private static RecordField text(String header) {
        TextField field = new TextField(header);
        field.setWidthFull();
        return new RecordField(field, field::getValue, field::setValue);
    }

    private static RecordField date(String header, Locale locale) {
        DatePicker field = DateFields.of(header, locale);
        return new RecordField(field, () -> field.getValue() == null ? "" : field.getValue().format(DATE), text -> {
            try {
                field.setValue(text.isEmpty() ? null : LocalDate.parse(text, DATE));
            } catch (DateTimeParseException unreadable) {
                field.setValue(null);
            }
        });
    }

    private static RecordField choice(String header, Map<String, String> labels) {
        ComboBox<String> field = Choices.foundWithoutDiacritics(new ComboBox<>(header), labels.keySet());
        field.setItemLabelGenerator(key -> labels.getOrDefault(key, key));
        field.setClearButtonVisible(true);
        field.setWidthFull();
        return new RecordField(field, () -> field.getValue() == null ? "" : field.getValue(),
                text -> field.setValue(text.isEmpty() ? null : text));
    }

    private static RecordField yesNo(String header) {
        Checkbox field = new Checkbox(header);
        return new RecordField(field, () -> field.getValue() ? "Có" : "Không", text -> field.setValue("Có".equalsIgnoreCase(text)));
    }

    Component component() {
        return component;
    }

    String text() {
        return text.get();
    }

    void show(String value) {
        show.accept(value);
    }

    void readOnly(boolean readOnly) {
        if (component instanceof com.vaadin.flow.component.HasValue<?, ?> value) {
            value.setReadOnly(readOnly);
        }
    }

    /** Shows the reason at the field, or clears it when null. */
    void error(@Nullable String reason) {
        if (component instanceof HasValidation validated) {
            validated.setErrorMessage(reason);
            validated.setInvalid(reason != null);
        }
    }
}
