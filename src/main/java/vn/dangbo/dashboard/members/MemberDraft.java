package vn.dangbo.dashboard.members;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A member's record as the office edits it in the form; the version guards against overwriting another's edit. */
public class MemberDraft {
    @NotBlank(message = "{member.code.required}")
    @Pattern(regexp = MemberRules.CODE, message = "{member.code.pattern}")
    private String code = "";
    @NotBlank(message = "{member.name.required}")
    @Size(max = 200, message = "{member.name.size}")
    private String fullName = "";
    @NotNull(message = "{member.gender.required}")
    private Gender gender;
    @Min(value = 1900, message = "{member.birth-year.range}")
    @Max(value = 2100, message = "{member.birth-year.range}")
    private int birthYear = 1980;
    @NotBlank(message = "{member.cell.required}")
    private String cellCode = "";
    @NotNull(message = "{member.status.required}")
    private MemberStatus status = MemberStatus.PROBATIONARY;
    @NotNull(message = "{member.admission.required}")
    @PastOrPresent(message = "{member.admission.future}")
    private LocalDate admissionDate;
    private LocalDate fullMembershipDate;
    /** The day the member transferred in from another party organisation; null when admitted here. */
    private LocalDate transferredInDate;
    private boolean exempt;
    private boolean directWorker;
    /** The statistical profile (the year-end forms' breakdowns): each may be left blank, counted as not declared. */
    private LocalDate birthDate;
    private Ethnicity ethnicity;
    private Religion religion;
    private GeneralEducation generalEducation;
    private Qualification qualification;
    private AcademicTitle academicTitle = AcademicTitle.NONE;
    private Occupation occupation;
    private boolean youthUnion;
    private boolean readmitted;
    @Size(max = 20, message = "{member.card-number.size}")
    private String cardNumber;
    private TransferScope transferredInScope;
    private LocalDate restoredDate;
    /** Null for a member not yet saved. */
    private Long version;
    /** For a new member: the candidate (by name, in the member's cell) whose admission this record is, if any. */
    private String admittedCandidate;

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public int getBirthYear() { return birthYear; }
    public void setBirthYear(int birthYear) { this.birthYear = birthYear; }
    public String getCellCode() { return cellCode; }
    public void setCellCode(String cellCode) { this.cellCode = cellCode; }
    public MemberStatus getStatus() { return status; }
    public void setStatus(MemberStatus status) { this.status = status; }
    public LocalDate getAdmissionDate() { return admissionDate; }
    public void setAdmissionDate(LocalDate admissionDate) { this.admissionDate = admissionDate; }
    public LocalDate getFullMembershipDate() { return fullMembershipDate; }
    public void setFullMembershipDate(LocalDate fullMembershipDate) { this.fullMembershipDate = fullMembershipDate; }
    public LocalDate getTransferredInDate() { return transferredInDate; }
    public void setTransferredInDate(LocalDate transferredInDate) { this.transferredInDate = transferredInDate; }
    public boolean isExempt() { return exempt; }
    public void setExempt(boolean exempt) { this.exempt = exempt; }
    public boolean isDirectWorker() { return directWorker; }
    public void setDirectWorker(boolean directWorker) { this.directWorker = directWorker; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public Ethnicity getEthnicity() { return ethnicity; }
    public void setEthnicity(Ethnicity ethnicity) { this.ethnicity = ethnicity; }
    public Religion getReligion() { return religion; }
    public void setReligion(Religion religion) { this.religion = religion; }
    public GeneralEducation getGeneralEducation() { return generalEducation; }
    public void setGeneralEducation(GeneralEducation generalEducation) { this.generalEducation = generalEducation; }
    public Qualification getQualification() { return qualification; }
    public void setQualification(Qualification qualification) { this.qualification = qualification; }
    public AcademicTitle getAcademicTitle() { return academicTitle; }
    public void setAcademicTitle(AcademicTitle academicTitle) { this.academicTitle = academicTitle; }
    public Occupation getOccupation() { return occupation; }
    public void setOccupation(Occupation occupation) { this.occupation = occupation; }
    public boolean isYouthUnion() { return youthUnion; }
    public void setYouthUnion(boolean youthUnion) { this.youthUnion = youthUnion; }
    public boolean isReadmitted() { return readmitted; }
    public void setReadmitted(boolean readmitted) { this.readmitted = readmitted; }
    public String getCardNumber() { return cardNumber; }
    public void setCardNumber(String cardNumber) { this.cardNumber = cardNumber; }
    public TransferScope getTransferredInScope() { return transferredInScope; }
    public void setTransferredInScope(TransferScope transferredInScope) { this.transferredInScope = transferredInScope; }
    public LocalDate getRestoredDate() { return restoredDate; }
    public void setRestoredDate(LocalDate restoredDate) { this.restoredDate = restoredDate; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    public String getAdmittedCandidate() { return admittedCandidate; }
    public void setAdmittedCandidate(String admittedCandidate) { this.admittedCandidate = admittedCandidate; }

    public boolean isNew() {
        return version == null;
    }
}
