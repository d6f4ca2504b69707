package vn.dangbo.dashboard.members;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A member's record as the office edits it in the form; the version guards against overwriting another's edit. */
public class MemberDraft {
    @NotBlank(message = "{member.code.required}")
    @Pattern(regexp = MemberRules.CODE, message = "{member.code.pattern}")
    private String code = "";
    @NotBlank(message = "{member.name.required}")
    @Size(max = 200, message = "{member.name.size}")
    private String fullName = "";
    @NotNull(message = "{member.gender.required}")
    private @Nullable Gender gender;
    @Min(value = 1900, message = "{member.birth-year.range}")
    @Max(value = 2100, message = "{member.birth-year.range}")
    private int birthYear = 1980;
    @NotBlank(message = "{member.cell.required}")
    private String cellCode = "";
    @NotNull(message = "{member.status.required}")
    private MemberStatus status = MemberStatus.PROBATIONARY;
    @NotNull(message = "{member.admission.required}")
    @PastOrPresent(message = "{member.admission.future}")
    private @Nullable LocalDate admissionDate;
    private @Nullable LocalDate fullMembershipDate;
    /** The day the member transferred in from another party organisation; null when admitted here. */
    private @Nullable LocalDate transferredInDate;
    private boolean exempt;
    private boolean directWorker;
    /** The statistical profile (the year-end forms' breakdowns): each may be left blank, counted as not declared. */
    private @Nullable LocalDate birthDate;
    private @Nullable Ethnicity ethnicity;
    private @Nullable Religion religion;
    private @Nullable GeneralEducation generalEducation;
    private @Nullable Qualification qualification;
    private AcademicTitle academicTitle = AcademicTitle.NONE;
    private @Nullable Occupation occupation;
    private boolean youthUnion;
    private boolean readmitted;
    @Size(max = 20, message = "{member.card-number.size}")
    private @Nullable String cardNumber;
    private @Nullable TransferScope transferredInScope;
    private @Nullable LocalDate restoredDate;
    /** Null for a member not yet saved. */
    private @Nullable Long version;
    /** For a new member: the candidate (by name, in the member's cell) whose admission this record is, if any. */
    private @Nullable String admittedCandidate;

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public @Nullable Gender getGender() { return gender; }
    public void setGender(@Nullable Gender gender) { this.gender = gender; }
    public int getBirthYear() { return birthYear; }
    public void setBirthYear(int birthYear) { this.birthYear = birthYear; }
    public String getCellCode() { return cellCode; }
    public void setCellCode(String cellCode) { this.cellCode = cellCode; }
    public MemberStatus getStatus() { return status; }
    public void setStatus(MemberStatus status) { this.status = status; }
    public @Nullable LocalDate getAdmissionDate() { return admissionDate; }
    public void setAdmissionDate(@Nullable LocalDate admissionDate) { this.admissionDate = admissionDate; }
    public @Nullable LocalDate getFullMembershipDate() { return fullMembershipDate; }
    public void setFullMembershipDate(@Nullable LocalDate fullMembershipDate) { this.fullMembershipDate = fullMembershipDate; }
    public @Nullable LocalDate getTransferredInDate() { return transferredInDate; }
    public void setTransferredInDate(@Nullable LocalDate transferredInDate) { this.transferredInDate = transferredInDate; }
    public boolean isExempt() { return exempt; }
    public void setExempt(boolean exempt) { this.exempt = exempt; }
    public boolean isDirectWorker() { return directWorker; }
    public void setDirectWorker(boolean directWorker) { this.directWorker = directWorker; }
    public @Nullable LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(@Nullable LocalDate birthDate) { this.birthDate = birthDate; }
    public @Nullable Ethnicity getEthnicity() { return ethnicity; }
    public void setEthnicity(@Nullable Ethnicity ethnicity) { this.ethnicity = ethnicity; }
    public @Nullable Religion getReligion() { return religion; }
    public void setReligion(@Nullable Religion religion) { this.religion = religion; }
    public @Nullable GeneralEducation getGeneralEducation() { return generalEducation; }
    public void setGeneralEducation(@Nullable GeneralEducation generalEducation) { this.generalEducation = generalEducation; }
    public @Nullable Qualification getQualification() { return qualification; }
    public void setQualification(@Nullable Qualification qualification) { this.qualification = qualification; }
    public AcademicTitle getAcademicTitle() { return academicTitle; }
    public void setAcademicTitle(AcademicTitle academicTitle) { this.academicTitle = academicTitle; }
    public @Nullable Occupation getOccupation() { return occupation; }
    public void setOccupation(@Nullable Occupation occupation) { this.occupation = occupation; }
    public boolean isYouthUnion() { return youthUnion; }
    public void setYouthUnion(boolean youthUnion) { this.youthUnion = youthUnion; }
    public boolean isReadmitted() { return readmitted; }
    public void setReadmitted(boolean readmitted) { this.readmitted = readmitted; }
    public @Nullable String getCardNumber() { return cardNumber; }
    public void setCardNumber(@Nullable String cardNumber) { this.cardNumber = cardNumber; }
    public @Nullable TransferScope getTransferredInScope() { return transferredInScope; }
    public void setTransferredInScope(@Nullable TransferScope transferredInScope) { this.transferredInScope = transferredInScope; }
    public @Nullable LocalDate getRestoredDate() { return restoredDate; }
    public void setRestoredDate(@Nullable LocalDate restoredDate) { this.restoredDate = restoredDate; }
    public @Nullable Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    public @Nullable String getAdmittedCandidate() { return admittedCandidate; }
    public void setAdmittedCandidate(String admittedCandidate) { this.admittedCandidate = admittedCandidate; }

    public boolean isNew() {
        return version == null;
    }
}
