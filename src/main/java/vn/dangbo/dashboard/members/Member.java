package vn.dangbo.dashboard.members;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.Filter;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.organisation.Cell;
import vn.dangbo.dashboard.organisation.ScopeFilter;

/** A party member (đảng viên). A member who left keeps the record, with the date and the reason. */
@Entity
@Filter(name = ScopeFilter.NAME, condition = ScopeFilter.BY_COMMITTEE, deduceAliasInjectionPoints = false)
public class Member {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String fullName;
    @Enumerated(EnumType.STRING)
    private @Nullable Gender gender;
    private int birthYear;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cell_id")
    private Cell cell;
    @Enumerated(EnumType.STRING)
    private MemberStatus status;
    private @Nullable LocalDate admissionDate;
    private @Nullable LocalDate fullMembershipDate;
    private boolean exempt;
    private boolean directWorker;
    private @Nullable String education;
    @Enumerated(EnumType.STRING)
    private PoliticalTheory politicalTheory;
    private @Nullable LocalDate leftDate;
    @Enumerated(EnumType.STRING)
    private @Nullable LeaveReason leftReason;
    private @Nullable LocalDate transferredInDate;
    private @Nullable LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    private @Nullable Ethnicity ethnicity;
    @Enumerated(EnumType.STRING)
    private @Nullable Religion religion;
    @Enumerated(EnumType.STRING)
    private @Nullable GeneralEducation generalEducation;
    @Enumerated(EnumType.STRING)
    private @Nullable Qualification qualification;
    @Enumerated(EnumType.STRING)
    private AcademicTitle academicTitle = AcademicTitle.NONE;
    @Enumerated(EnumType.STRING)
    private @Nullable Occupation occupation;
    private boolean youthUnion;
    private boolean readmitted;
    private @Nullable String cardNumber;
    @Enumerated(EnumType.STRING)
    private @Nullable TransferScope transferredInScope;
    @Enumerated(EnumType.STRING)
    private @Nullable TransferScope transferredOutScope;
    private @Nullable LocalDate restoredDate;
    /** The committee the record belongs to: its cell's ({@link Cell#committeeOfRecords()}). */
    private Long committeeId;
    @Version
    private long version;

    protected Member() {
    }

    /** The committee the record belongs to (its cell's). */
    public Long getCommitteeId() {
        return committeeId;
    }

    Member(String code, MemberDraft draft, Cell cell) {
        this.code = code;
        this.politicalTheory = PoliticalTheory.NONE;
        apply(draft, cell);
    }

    void update(MemberDraft draft, Cell newCell) {
        apply(draft, newCell);
    }

    private void apply(MemberDraft draft, Cell newCell) {
        fullName = draft.getFullName().trim();
        gender = draft.getGender();
        birthYear = draft.getBirthYear();
        cell = newCell;
        committeeId = newCell.committeeOfRecords();
        status = draft.getStatus();
        admissionDate = draft.getAdmissionDate();
        fullMembershipDate = draft.getFullMembershipDate();
        transferredInDate = draft.getTransferredInDate();
        exempt = draft.isExempt();
        directWorker = draft.isDirectWorker();
        birthDate = draft.getBirthDate();
        ethnicity = draft.getEthnicity();
        religion = draft.getReligion();
        generalEducation = draft.getGeneralEducation();
        qualification = draft.getQualification();
        academicTitle = draft.getAcademicTitle() == null ? AcademicTitle.NONE : draft.getAcademicTitle();
        occupation = draft.getOccupation();
        youthUnion = draft.isYouthUnion();
        readmitted = draft.isReadmitted();
        cardNumber = draft.getCardNumber() == null || draft.getCardNumber().isBlank() ? null : draft.getCardNumber().trim();
        transferredInScope = transferredInDate == null ? null : draft.getTransferredInScope();
        restoredDate = draft.getRestoredDate();
    }

    /** Copies the statistical profile into a draft for the form. */
    void describeIn(MemberDraft draft) {
        draft.setBirthDate(birthDate);
        draft.setEthnicity(ethnicity);
        draft.setReligion(religion);
        draft.setGeneralEducation(generalEducation);
        draft.setQualification(qualification);
        draft.setAcademicTitle(academicTitle);
        draft.setOccupation(occupation);
        draft.setYouthUnion(youthUnion);
        draft.setReadmitted(readmitted);
        draft.setCardNumber(cardNumber);
        draft.setTransferredInScope(transferredInScope);
        draft.setRestoredDate(restoredDate);
    }

    /** What the audit log compares before and after an edit, named as the members' sheet heads its columns. */
    /**
     * Every field but the code, by its header in the member sheet ({@link MemberField}): what the audit compares before
     * and after a change.
     */
    Map<String, Object> auditedFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (MemberField field : MemberField.values()) {
            if (field != MemberField.CODE) {
                fields.put(field.header(), value(field));
            }
        }
        return fields;
    }

    private @Nullable Object value(MemberField field) {
        return switch (field) {
            case CODE -> code;
            case FULL_NAME -> fullName;
            case GENDER -> gender;
            case BIRTH_YEAR -> birthYear;
            case CELL -> cell == null ? null : cell.getCode();
            case STATUS -> status;
            case ADMISSION_DATE -> admissionDate;
            case FULL_MEMBERSHIP_DATE -> fullMembershipDate;
            case EXEMPT -> exempt;
            case DIRECT_WORKER -> directWorker;
            case EDUCATION -> education;
            case POLITICAL_THEORY -> politicalTheory;
            case LEFT_DATE -> leftDate;
            case LEFT_REASON -> leftReason;
            case TRANSFERRED_IN_DATE -> transferredInDate;
            case TRANSFERRED_IN_SCOPE -> transferredInScope;
            case TRANSFERRED_OUT_SCOPE -> transferredOutScope;
            case RESTORED_DATE -> restoredDate;
            case READMITTED -> readmitted;
            case BIRTH_DATE -> birthDate;
            case ETHNICITY -> ethnicity;
            case RELIGION -> religion;
            case GENERAL_EDUCATION -> generalEducation;
            case QUALIFICATION -> qualification;
            case ACADEMIC_TITLE -> academicTitle;
            case OCCUPATION -> occupation;
            case YOUTH_UNION -> youthUnion;
            case CARD_NUMBER -> cardNumber;
        };
    }

    void leave(LocalDate date, LeaveReason reason, @Nullable TransferScope scope) {
        leftDate = date;
        leftReason = reason;
        transferredOutScope = reason == LeaveReason.TRANSFERRED_OUT ? scope : null;
    }

    void transferTo(Cell newCell) {
        cell = newCell;
        committeeId = newCell.committeeOfRecords();
    }

    long getVersion() {
        return version;
    }

    Cell getCell() {
        return cell;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getFullName() {
        return fullName;
    }

    public @Nullable Gender getGender() {
        return gender;
    }

    public int getBirthYear() {
        return birthYear;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public @Nullable LocalDate getAdmissionDate() {
        return admissionDate;
    }

    public @Nullable LocalDate getFullMembershipDate() {
        return fullMembershipDate;
    }

    public boolean isExempt() {
        return exempt;
    }

    public boolean isDirectWorker() {
        return directWorker;
    }

    public @Nullable String getEducation() {
        return education;
    }

    public PoliticalTheory getPoliticalTheory() {
        return politicalTheory;
    }

    public @Nullable LocalDate getTransferredInDate() {
        return transferredInDate;
    }

    public @Nullable LocalDate getLeftDate() {
        return leftDate;
    }

    public @Nullable LeaveReason getLeftReason() {
        return leftReason;
    }
}
