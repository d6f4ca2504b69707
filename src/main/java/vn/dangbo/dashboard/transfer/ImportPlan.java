package vn.dangbo.dashboard.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a file would change, once checked: typed rows per kind, and every problem and warning found. */
final class ImportPlan {
    record MemberRow(String code, String fullName, String gender, int birthYear, String cellCode, String status,
                     LocalDate admissionDate, LocalDate fullMembershipDate, boolean exempt, boolean directWorker) {
    }

    record RatingRow(String subjectCode, int year, String level, BigDecimal score, String notRatedReason) {
    }

    record MeetingRow(String cellCode, LocalDate date, String kind, int present, int required, String grade) {
    }

    final List<MemberRow> members = new ArrayList<>();
    final List<RatingRow> memberRatings = new ArrayList<>();
    final List<RatingRow> cellRatings = new ArrayList<>();
    final List<MeetingRow> meetings = new ArrayList<>();
    final List<ImportProblem> problems = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
}
