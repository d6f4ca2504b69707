package vn.dangbo.dashboard.members;

import org.hibernate.annotations.Filter;
import vn.dangbo.dashboard.organisation.ScopeFilter;
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
import vn.dangbo.dashboard.organisation.Cell;

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
    private Gender gender;
    private int birthYear;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cell_id")
    private Cell cell;
    @Enumerated(EnumType.STRING)
    private MemberStatus status;
    private LocalDate admissionDate;
    private LocalDate fullMembershipDate;
    private boolean exempt;
    private boolean directWorker;
    private String education;
    @Enumerated(EnumType.STRING)
    private PoliticalTheory politicalTheory;
    private LocalDate leftDate;
    @Enumerated(EnumType.STRING)
    private LeaveReason leftReason;
    private LocalDate transferredInDate;
    private LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    private Ethnicity ethnicity;
    @Enumerated(EnumType.STRING)
    private Religion religion;
    @Enumerated(EnumType.STRING)
    private GeneralEducation generalEducation;
    @Enumerated(EnumType.STRING)
    private Qualification qualification;
    @Enumerated(EnumType.STRING)
    private AcademicTitle academicTitle = AcademicTitle.NONE;
    @Enumerated(EnumType.STRING)
    private Occupation occupation;
    private boolean youthUnion;
    private boolean readmitted;
    private String cardNumber;
    @Enumerated(EnumType.STRING)
    private TransferScope transferredInScope;
    @Enumerated(EnumType.STRING)
    private TransferScope transferredOutScope;
    private LocalDate restoredDate;
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

    Member(String code, Cell cell) {
        this.code = code;
        this.cell = cell;
        this.committeeId = cell.committeeOfRecords();
        this.politicalTheory = PoliticalTheory.NONE;
    }

    void update(MemberDraft draft, Cell newCell) {
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
    Map<String, Object> auditedFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("Họ và tên", fullName);
        fields.put("Giới tính", gender);
        fields.put("Năm sinh", birthYear);
        fields.put("Mã chi bộ", cell == null ? null : cell.getCode());
        fields.put("Tình trạng", status);
        fields.put("Ngày kết nạp", admissionDate);
        fields.put("Ngày chính thức", fullMembershipDate);
        fields.put("Miễn sinh hoạt", exempt);
        fields.put("Lao động trực tiếp", directWorker);
        fields.put("Ngày ra khỏi Đảng", leftDate);
        fields.put("Lý do ra khỏi Đảng", leftReason);
        fields.put("Ngày chuyển đến", transferredInDate);
        fields.put("Chuyển đến từ", transferredInScope);
        fields.put("Chuyển đi tới", transferredOutScope);
        fields.put("Ngày phục hồi đảng tịch", restoredDate);
        fields.put("Kết nạp lại", readmitted);
        fields.put("Ngày sinh", birthDate);
        fields.put("Dân tộc", ethnicity);
        fields.put("Tôn giáo", religion);
        fields.put("Giáo dục phổ thông", generalEducation);
        fields.put("Chuyên môn nghiệp vụ", qualification);
        fields.put("Chức danh khoa học", academicTitle);
        fields.put("Nghề nghiệp", occupation);
        fields.put("Đoàn viên", youthUnion);
        fields.put("Số thẻ đảng viên", cardNumber);
        return fields;
    }

    void leave(LocalDate date, LeaveReason reason, TransferScope scope) {
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

    public Gender getGender() {
        return gender;
    }

    public int getBirthYear() {
        return birthYear;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public LocalDate getAdmissionDate() {
        return admissionDate;
    }

    public LocalDate getFullMembershipDate() {
        return fullMembershipDate;
    }

    public boolean isExempt() {
        return exempt;
    }

    public boolean isDirectWorker() {
        return directWorker;
    }

    public String getEducation() {
        return education;
    }

    public PoliticalTheory getPoliticalTheory() {
        return politicalTheory;
    }

    public LocalDate getTransferredInDate() {
        return transferredInDate;
    }

    public LocalDate getLeftDate() {
        return leftDate;
    }

    public LeaveReason getLeftReason() {
        return leftReason;
    }
}
