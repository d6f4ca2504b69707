package vn.dangbo.dashboard.recruitment;

import java.time.LocalDate;

/** A member admitted during a term. */
public record AdmittedMember(String code, String fullName, LocalDate admissionDate, boolean directWorker) {
}
