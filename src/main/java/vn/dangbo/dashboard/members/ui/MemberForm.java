package vn.dangbo.dashboard.members.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import vn.dangbo.dashboard.base.ui.Choices;
import vn.dangbo.dashboard.base.ui.DateFields;
import vn.dangbo.dashboard.members.AcademicTitle;
import vn.dangbo.dashboard.members.Ethnicity;
import vn.dangbo.dashboard.members.Gender;
import vn.dangbo.dashboard.members.GeneralEducation;
import vn.dangbo.dashboard.members.LeaveReason;
import vn.dangbo.dashboard.members.MemberDraft;
import vn.dangbo.dashboard.members.MemberException;
import vn.dangbo.dashboard.members.MemberService;
import vn.dangbo.dashboard.members.MemberStatus;
import vn.dangbo.dashboard.members.Occupation;
import vn.dangbo.dashboard.members.Qualification;
import vn.dangbo.dashboard.members.Religion;
import vn.dangbo.dashboard.members.TransferScope;
import vn.dangbo.dashboard.organisation.CellSummary;
import vn.dangbo.dashboard.ratings.RatingService;
import vn.dangbo.dashboard.ratings.ui.RatingEntry;

/** One member's record: the fields with their messages at the field, leaving the party, moving to another cell. */
class MemberForm extends Div {
    private final MemberService members;
    private final Runnable saved;
    private final Consumer<MemberDraft> save;
    private final BeanValidationBinder<MemberDraft> binder = new BeanValidationBinder<>(MemberDraft.class);
    private final TextField code = new TextField();
    private final Paragraph message = new Paragraph();
    private MemberDraft draft;

    private final RatingService ratings;

    /** @param saving how the record is saved (an admission also takes the candidate out of the pipeline) */
    MemberForm(MemberService members, RatingService ratings, List<CellSummary> cells, MemberDraft draft,
               Consumer<MemberDraft> saving, Runnable saved) {
        this.members = members;
        this.save = saving;
        this.ratings = ratings;
        this.saved = saved;
        this.draft = draft;
        setId("member-form");
        addClassName("card");
        message.setId("member-message");
        code.setLabel(getTranslation("members.code"));
        code.setId("member-code");
        code.setReadOnly(!draft.isNew());
        TextField name = new TextField(getTranslation("members.name"));
        name.setId("member-name");
        Select<Gender> gender = new Select<>();
        gender.setLabel(getTranslation("members.gender"));
        gender.setId("member-gender");
        gender.setItems(Gender.values());
        gender.setItemLabelGenerator(g -> getTranslation("gender." + g));
        IntegerField birthYear = new IntegerField(getTranslation("members.birth-year"));
        birthYear.setId("member-birth-year");
        ComboBox<String> cell = Choices.foundWithoutDiacritics(new ComboBox<>(getTranslation("members.cell")),
                cells.stream().map(CellSummary::code).toList());
        cell.setItemLabelGenerator(c -> cells.stream().filter(s -> s.code().equals(c)).map(CellSummary::name).findFirst().orElse(c));
        cell.setReadOnly(!draft.isNew());
        Select<MemberStatus> status = new Select<>();
        status.setLabel(getTranslation("members.status"));
        status.setId("member-status");
        status.setItems(MemberStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("status." + s));
        DatePicker admitted = date("members.admission");
        admitted.setId("member-admission");
        DatePicker full = date("members.full-membership");
        Checkbox exempt = new Checkbox(getTranslation("members.exempt"));
        Checkbox direct = new Checkbox(getTranslation("members.direct-worker"));
        binder.forField(code).bind("code");
        binder.forField(name).bind("fullName");
        binder.forField(gender).bind("gender");
        binder.forField(birthYear).withNullRepresentation(0).bind("birthYear");
        binder.forField(cell).bind("cellCode");
        binder.forField(status).bind("status");
        binder.forField(admitted).bind("admissionDate");
        binder.forField(full).bind("fullMembershipDate");
        DatePicker transferredIn = date("members.transferred-in");
        transferredIn.setId("member-transferred-in");
        transferredIn.setHelperText(getTranslation("members.transferred-in.helper"));
        binder.forField(transferredIn).bind("transferredInDate");
        binder.forField(exempt).bind(MemberDraft::isExempt, MemberDraft::setExempt);
        binder.forField(direct).bind(MemberDraft::isDirectWorker, MemberDraft::setDirectWorker);
        Button save = new Button(getTranslation("members.save"), e -> save());
        save.setId("member-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Select<TransferScope> transferredFrom = choice("members.transferred-in-scope", TransferScope.values(),
                s -> getTranslation("transfer-scope." + s));
        transferredFrom.setId("member-transferred-in-scope");
        binder.forField(transferredFrom).bind(MemberDraft::getTransferredInScope, MemberDraft::setTransferredInScope);
        DatePicker restored = date("members.restored");
        binder.forField(restored).bind(MemberDraft::getRestoredDate, MemberDraft::setRestoredDate);
        Checkbox readmitted = new Checkbox(getTranslation("members.readmitted"));
        binder.forField(readmitted).bind(MemberDraft::isReadmitted, MemberDraft::setReadmitted);
        FormLayout fields = new FormLayout(code, name, gender, birthYear, cell, status, admitted, full, transferredIn,
                transferredFrom, restored, exempt, direct, readmitted);
        add(new H3(getTranslation(draft.isNew() ? "members.new" : "members.edit", draft.getCode())), fields, profile(),
                save, message);
        binder.readBean(draft);
        if (!draft.isNew()) {
            add(rating(), leave(), transfer(cells));
        }
    }

    private void save() {
        if (!binder.writeBeanIfValid(draft)) {
            message.setText(getTranslation("members.fix-fields"));
            return;
        }
        try {
            save.accept(draft);
            message.setText(getTranslation("members.saved", draft.getCode()));
            saved.run();
        } catch (MemberException refused) {
            message.setText(getTranslation(refused.key(), refused.parameters()));
        }
    }

    /** The annual rating: a level (and score), or why the member is not rated; party rules checked on saving. */
    private Div rating() {
        return new RatingEntry("rating", getTranslation("members.rating-title"),
                year -> getTranslation("members.rating-saved", draft.getCode(), String.valueOf(year)),
                (year, level, score, reason, exemplary) -> ratings.recordMemberRating(draft.getCode(), year, level, score, reason,
                        exemplary));
    }

    /** The statistical profile the year-end forms break the membership down by; every field may stay blank. */
    private Div profile() {
        DatePicker born = date("members.birth-date");
        born.setId("member-birth-date");
        binder.forField(born).bind(MemberDraft::getBirthDate, MemberDraft::setBirthDate);
        ComboBox<Ethnicity> ethnicity = Choices.foundWithoutDiacritics(new ComboBox<>(getTranslation("members.ethnicity")),
                List.of(Ethnicity.values()));
        ethnicity.setItemLabelGenerator(Ethnicity::label);
        ethnicity.setId("member-ethnicity");
        binder.forField(ethnicity).bind(MemberDraft::getEthnicity, MemberDraft::setEthnicity);
        Select<Religion> religion = choice("members.religion", Religion.values(), r -> getTranslation("religion." + r));
        binder.forField(religion).bind(MemberDraft::getReligion, MemberDraft::setReligion);
        Select<GeneralEducation> school = choice("members.general-education", GeneralEducation.values(),
                g -> getTranslation("general-education." + g));
        binder.forField(school).bind(MemberDraft::getGeneralEducation, MemberDraft::setGeneralEducation);
        Select<Qualification> qualification = choice("members.qualification", Qualification.values(),
                q -> getTranslation("qualification." + q));
        binder.forField(qualification).bind(MemberDraft::getQualification, MemberDraft::setQualification);
        Select<AcademicTitle> title = choice("members.academic-title", AcademicTitle.values(),
                t -> getTranslation("academic-title." + t));
        binder.forField(title).bind(MemberDraft::getAcademicTitle, MemberDraft::setAcademicTitle);
        ComboBox<Occupation> occupation = Choices.foundWithoutDiacritics(new ComboBox<>(getTranslation("members.occupation")),
                List.of(Occupation.values()));
        occupation.setItemLabelGenerator(o -> getTranslation("occupation." + o));
        occupation.setId("member-occupation");
        binder.forField(occupation).bind(MemberDraft::getOccupation, MemberDraft::setOccupation);
        Checkbox youth = new Checkbox(getTranslation("members.youth-union"));
        binder.forField(youth).bind(MemberDraft::isYouthUnion, MemberDraft::setYouthUnion);
        TextField card = new TextField(getTranslation("members.card-number"));
        card.setMaxLength(20);
        binder.forField(card).bind(MemberDraft::getCardNumber, MemberDraft::setCardNumber);
        return section("members.profile", new FormLayout(born, ethnicity, religion, school, qualification, title,
                occupation, card, youth));
    }

    /** A choice that may stay empty (shown as "Chưa khai báo"), its items labelled through the bundle. */
    private <T> Select<T> choice(String labelKey, T[] items, com.vaadin.flow.component.ItemLabelGenerator<T> label) {
        Select<T> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("members.not-declared"));
        select.setItemLabelGenerator(item -> item == null ? getTranslation("members.not-declared") : label.apply(item));
        return select;
    }

    private Div leave() {
        DatePicker date = date("members.left-date");
        Select<LeaveReason> reason = new Select<>();
        reason.setId("member-leave-reason");
        reason.setLabel(getTranslation("members.left-reason"));
        reason.setItems(LeaveReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("leave." + r));
        Select<TransferScope> to = choice("members.transferred-out-scope", TransferScope.values(),
                s -> getTranslation("transfer-scope." + s));
        to.setId("member-leave-scope");
        to.setVisible(false);
        reason.addValueChangeListener(e -> to.setVisible(e.getValue() == LeaveReason.TRANSFERRED_OUT));
        Button leave = new Button(getTranslation("members.leave"), e -> act(() ->
                members.leave(draft.getCode(), version(), date.getValue(), reason.getValue(), to.getValue())));
        leave.setId("member-leave");
        return section("members.leave-title", date, reason, to, leave);
    }

    private Div transfer(List<CellSummary> cells) {
        ComboBox<CellSummary> cell = Choices.foundWithoutDiacritics(new ComboBox<>(getTranslation("members.transfer-to")), cells);
        cell.setItemLabelGenerator(CellSummary::name);
        Button transfer = new Button(getTranslation("members.transfer"), e -> act(() ->
                members.transfer(draft.getCode(), version(), cell.getValue() == null ? null : cell.getValue().code())));
        return section("members.transfer-title", cell, transfer);
    }

    private void act(Runnable action) {
        try {
            action.run();
            message.setText(getTranslation("members.saved", draft.getCode()));
            saved.run();
        } catch (MemberException refused) {
            message.setText(getTranslation(refused.key(), refused.parameters()));
        }
    }

    private Div section(String titleKey, com.vaadin.flow.component.Component... content) {
        Div section = new Div(new H3(getTranslation(titleKey)));
        section.add(content);
        section.addClassName("form-section");
        return section;
    }

    private DatePicker date(String key) {
        return DateFields.of(getTranslation(key), getLocale());
    }

    List<String> fieldErrors() {
        return binder.validate().getFieldValidationErrors().stream()
                .map(e -> e.getMessage().orElse("")).toList();
    }

    /** The version of the record the form shows: leaving and moving are offered only for a saved member. */
    private long version() {
        return Objects.requireNonNull(draft.getVersion(), "a saved member has a version");
    }
}
