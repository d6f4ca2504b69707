package vn.dangbo.dashboard.records.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.i18n.Message;
import vn.dangbo.dashboard.records.RecordConflict;
import vn.dangbo.dashboard.records.RecordService;
import vn.dangbo.dashboard.transfer.ImportProblem;
import vn.dangbo.dashboard.transfer.ImportRejected;
import vn.dangbo.dashboard.transfer.ImportSheet;

/**
 * Adds or changes one record in a dialog: a field per column, the reasons for a refusal at the fields they concern,
 * the key fixed once the record exists, and deleting after a confirmation.
 */
class RecordForm extends Dialog {
    private final ImportSheet sheet;
    private final @Nullable List<String> original;
    private final RecordService records;
    private final Runnable changed;
    private final Map<String, RecordField> fields = new LinkedHashMap<>();
    private final Paragraph message = new Paragraph();

    /** @param original the row as opened, or null for a new one; @param changed called after a save or delete */
    RecordForm(ImportSheet sheet, @Nullable List<String> original, RecordService records, Runnable changed) {
        this.sheet = sheet;
        this.original = original;
        this.records = records;
        this.changed = changed;
        setId("record-form");
        setHeaderTitle(getTranslation(original == null ? "records.add-title" : "records.edit-title",
                getTranslation(sheet.labelKey())));
        FormLayout form = new FormLayout();
        for (String name : sheet.fields()) {
            RecordField field = RecordField.of(sheet, name, getTranslation(sheet.labelKey(name)),
                    sheet.referenced(name).map(records::choices).orElse(Map.of()), getLocale());
            if (original != null) {
                field.show(original.get(sheet.fields().indexOf(name)));
                field.readOnly(sheet.isKey(name));
            }
            fields.put(name, field);
            form.add(field.component());
        }
        message.setId("record-message");
        add(form, message);
        Button save = new Button(getTranslation("records.save"), e -> save());
        save.setId("record-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("records.cancel"), e -> close());
        cancel.setId("record-cancel");
        getFooter().add(cancel, save);
        if (original != null) {
            Button delete = new Button(getTranslation("records.delete"), e -> confirmDelete());
            delete.setId("record-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            getFooter().addComponentAsFirst(delete);
        }
    }

    /** Adds a button of the view's own beside the form's buttons. */
    void addAction(Button action) {
        getFooter().addComponentAsFirst(action);
    }

    void save() {
        fields.values().forEach(f -> f.error(null));
        List<String> values = new ArrayList<>();
        fields.values().forEach(f -> values.add(f.text()));
        try {
            List<Message> warnings = records.save(sheet, original, values);
            changed.run();
            if (warnings.isEmpty()) {
                close();
            } else {
                show(String.join(" ", warnings.stream().map(w -> getTranslation(w.key(), w.parameters())).toList()), false);
            }
        } catch (ImportRejected rejected) {
            List<String> elsewhere = new ArrayList<>();
            for (ImportProblem problem : rejected.problems()) {
                String reason = getTranslation(problem.reason().key(), problem.reason().parameters());
                RecordField field = fields.get(problem.field());
                if (field == null) {
                    elsewhere.add(problem.column() + ": " + reason);
                } else {
                    field.error(reason);
                }
            }
            show(getTranslation("records.not-saved") + (elsewhere.isEmpty() ? "" : " " + String.join("; ", elsewhere)), true);
        } catch (RecordConflict conflict) {
            show(getTranslation(conflict.key(), conflict.parameters()), true);
        }
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("records.delete-title"),
                getTranslation("records.delete-text", getTranslation(sheet.labelKey())), getTranslation("records.delete"), e -> delete());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("records.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    void delete() {
        try {
            records.delete(sheet, Objects.requireNonNull(original, "only a row opened is deleted"));
            changed.run();
            close();
        } catch (RecordConflict conflict) {
            show(getTranslation(conflict.key(), conflict.parameters()), true);
        }
    }

    private void show(String text, boolean error) {
        message.setText(text);
        message.setClassName(error ? "page-error" : "page-notice");
    }
}
