package vn.dangbo.dashboard.demo;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A member of the demo commune as generated, before it is written. */
record DemoMember(String code, String fullName, boolean female, int birthYear, String cellCode,
                  LocalDate admissionDate, boolean exempt, boolean directWorker, String education,
                  String politicalTheory, @Nullable LocalDate leftDate, @Nullable String leftReason) {

    /** Whether the member belongs to the headcount at the end of the year. */
    boolean memberAtEndOf(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return !admissionDate.isAfter(end) && (leftDate == null || leftDate.isAfter(end));
    }

    /** Admitted in the second half of the year: under six months before the December rating. */
    boolean admittedUnderSixMonthsBeforeRating(int year) {
        return admissionDate.isAfter(LocalDate.of(year, 6, 30));
    }

    /** Probation lasts twelve months; the demo data are as of the middle of the last year. */
    boolean probationaryOn(LocalDate date) {
        return admissionDate.plusYears(1).isAfter(date);
    }

    DemoMember leaving(LocalDate date, String reason) {
        return new DemoMember(code, fullName, female, birthYear, cellCode, admissionDate, exempt, directWorker,
                education, politicalTheory, date, reason);
    }
}
