package vn.dangbo.dashboard.recruitment;

import java.time.LocalDate;

/** A probationary member and the day their twelve months of probation end. */
public record ProbationEnd(String code, String fullName, String cellCode, String cellName, LocalDate admissionDate) {

    public LocalDate probationEnds() {
        return admissionDate.plusYears(1);
    }
}
