package vn.dangbo.dashboard.conclusions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.i18n.Refusal;
import vn.dangbo.dashboard.base.i18n.Texts;
import vn.dangbo.dashboard.base.ui.DateFields;
import vn.dangbo.dashboard.conclusions.ConclusionDraft;
import vn.dangbo.dashboard.conclusions.ConclusionService;
import vn.dangbo.dashboard.conclusions.ConclusionSubject;

/**
 * The meeting's conclusion on one subject: the words, who carries it out and by when. Saved before it says so; a
 * refusal is said in the dialog, which keeps what was typed.
 */
final class ConclusionDialog extends Dialog {
    /** The due date offered: the next monthly meeting's. */
    private static final int DEFAULT_MONTHS = 1;

    ConclusionDialog(ConclusionService service, ConclusionSubject subject, String subjectKey, String subjectLabel,
                     @Nullable String period, LocalDate today, Texts texts, Runnable saved) {
        setId("conclusion-dialog");
        setHeaderTitle(texts.t("conclusions.dialog.title", subjectLabel));
        TextArea content = new TextArea(texts.t("conclusions.field.content"));
        content.setId("conclusion-content");
        content.setMaxLength(500);
        content.setWidthFull();
        TextField assignee = new TextField(texts.t("conclusions.field.assignee"));
        assignee.setId("conclusion-assignee");
        assignee.setMaxLength(200);
        assignee.setWidthFull();
        DatePicker due = DateFields.of(texts.t("conclusions.field.due"), texts.locale());
        due.setValue(today.plusMonths(DEFAULT_MONTHS));
        due.setId("conclusion-due");
        Paragraph error = new Paragraph();
        error.setId("conclusion-error");
        error.addClassName("page-error");
        error.setVisible(false);
        Button save = new Button(texts.t("conclusions.save"), e -> {
            try {
                service.record(new ConclusionDraft(today, subject, subjectKey, subjectLabel, period, content.getValue(),
                        assignee.getValue(), due.getValue()));
                close();
                Notification.show(texts.t("conclusions.saved", subjectLabel))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                saved.run();
            } catch (Refusal refused) {
                error.setText(texts.t(refused.message()));
                error.setVisible(true);
            }
        });
        save.setId("conclusion-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(texts.t("conclusions.cancel"), e -> close());
        add(content, assignee, due, error);
        getFooter().add(cancel, save);
    }
}
