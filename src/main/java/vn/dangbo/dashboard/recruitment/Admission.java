package vn.dangbo.dashboard.recruitment;

import java.time.LocalDate;

/** A member's admission, with the cell that admitted them. */
public record Admission(String code, String fullName, String cellCode, String cellName, LocalDate admissionDate,
                        boolean directWorker) {
}
