package vn.dangbo.dashboard.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.dangbo.dashboard.badges.BadgeRules;
import vn.dangbo.dashboard.badges.EarlyGround;
import vn.dangbo.dashboard.discipline.DisciplineForm;
import vn.dangbo.dashboard.discipline.DisciplineRules;
import vn.dangbo.dashboard.base.i18n.FieldProblem;
import vn.dangbo.dashboard.base.i18n.Message;
import vn.dangbo.dashboard.meetings.MeetingRules;
import vn.dangbo.dashboard.members.LeaveReason;
import vn.dangbo.dashboard.members.MemberRules;
import vn.dangbo.dashboard.ratings.NotRatedReason;
import vn.dangbo.dashboard.ratings.RatingLevel;
import vn.dangbo.dashboard.ratings.RatingRules;
import vn.dangbo.dashboard.transfer.ImportPlan.PlannedRow;

/**
 * The party's rules that a row must keep beyond its columns' types. Each kind of record's rules are its own
 * feature's, the very ones its forms apply: {@link MemberRules}, {@link MeetingRules}, {@link RatingRules},
 * {@link BadgeRules}. Only a
 * term's years are the import's own (no form edits a term). The 20% quota on outstanding members is a warning,
 * not a refusal.
 */
final class SheetRules {

    private SheetRules() {
    }

    static void check(PlannedRow row, KnownRecords known, Consumer<FieldProblem> problems) {
        rules(row, known).forEach(problems);
    }

    private static List<FieldProblem> rules(PlannedRow row, KnownRecords known) {
        return switch (row.sheet()) {
            case TERMS -> (Integer) row.get("end_year") <= (Integer) row.get("start_year")
                    ? List.of(new FieldProblem("end_year", "import.problem.term-years")) : List.of();
            case MEMBERS -> {
                List<FieldProblem> problems = new java.util.ArrayList<>(MemberRules.profile((Integer) row.get("birth_year"),
                        (LocalDate) row.get("birth_date"), (LocalDate) row.get("admission_date"),
                        (LocalDate) row.get("restored_date"), (LocalDate) row.get("left_date")));
                problems.addAll(MemberRules.check((String) row.get("code"),
                        (LocalDate) row.get("admission_date"), (LocalDate) row.get("full_membership_date"),
                        (LocalDate) row.get("left_date"),
                        row.get("left_reason") == null ? null : LeaveReason.valueOf((String) row.get("left_reason"))));
                problems.addAll(MemberRules.transferredIn((LocalDate) row.get("admission_date"),
                        (LocalDate) row.get("transferred_in_date"), (LocalDate) row.get("left_date")));
                yield problems;
            }
            case MEMBER_RATINGS -> rating(row, known.admission((String) row.get("member_id")));
            case CELL_RATINGS -> rating(row, null);
            case MEETINGS -> MeetingRules.meeting((LocalDate) row.get("meeting_date"), (Integer) row.get("present"),
                    (Integer) row.get("required"));
            case STUDIES -> MeetingRules.study((Integer) row.get("took_part"), (Integer) row.get("required"));
            case COMMUNE_CRITERIA -> (Integer) row.get("criteria_met") > (Integer) row.get("criteria_total")
                    ? List.of(new FieldProblem("criteria_met", "import.problem.criteria-over-total", row.get("criteria_total")))
                    : List.of();
            case DISCIPLINES -> DisciplineRules.check((LocalDate) row.get("decided_on"),
                    row.get("form") == null ? null : DisciplineForm.valueOf((String) row.get("form")),
                    known.admission((String) row.get("member_id")), known.fullMembership((String) row.get("member_id")));
            case COMMITTEE_RATINGS -> exemplary(row);
            case BADGES -> BadgeRules.check((Integer) row.get("badge_years"), (LocalDate) row.get("awarded_on"),
                    row.get("early_ground") == null ? null : EarlyGround.valueOf((String) row.get("early_ground")),
                    known.admission((String) row.get("member_id")));
            case CONCLUSIONS -> vn.dangbo.dashboard.conclusions.ConclusionRules.dates((LocalDate) row.get("meeting_date"),
                    (LocalDate) row.get("due_date"), (LocalDate) row.get("done_on"));
            default -> List.of();
        };
    }

    /** The ratings' own rules, as the rating forms check them; the problem is shown at the level. */
    private static List<FieldProblem> rating(PlannedRow row, LocalDate admitted) {
        String level = (String) row.get("level");
        String reason = (String) row.get("not_rated_reason");
        List<FieldProblem> problems = new java.util.ArrayList<>(RatingRules.problem((Integer) row.get("rating_year"),
                        level == null ? null : RatingLevel.valueOf(level), (BigDecimal) row.get("score"),
                        reason == null ? null : NotRatedReason.valueOf(reason), admitted)
                .map(problem -> List.of(new FieldProblem("level", problem))).orElse(List.of()));
        problems.addAll(exemplary(row));
        return problems;
    }

    /** Tiêu biểu is chosen among those rated HTXS only (Quy định 124-QĐ/TW, art. 12). */
    private static List<FieldProblem> exemplary(PlannedRow row) {
        return Boolean.TRUE.equals(row.get("exemplary")) && !RatingLevel.OUTSTANDING.name().equals(row.get("level"))
                ? List.of(new FieldProblem("exemplary", "import.problem.exemplary-not-outstanding")) : List.of();
    }

    /**
     * A member disciplined during a year (in the database or the file) is rated KHTNV that year: a higher level in
     * the file is warned about, not refused (the committee decides; a violation counts once).
     */
    static void disciplineWarnings(ImportPlan plan, KnownRecords known) {
        for (PlannedRow r : plan.rows(ImportSheet.MEMBER_RATINGS)) {
            Object level = r.get("level");
            String member = (String) r.get("member_id");
            int year = (Integer) r.get("rating_year");
            if (level != null && !RatingLevel.FAILED.name().equals(level) && known.disciplinedIn(member, year)) {
                plan.warnings.add(new Message("import.warning.disciplined", member, year,
                        ImportCodes.word(ImportCodes.LEVEL, (String) level)));
            }
        }
    }

    /** The quota, warned about per year for the member ratings in the file, in the years it is confirmed for. */
    static void quotaWarnings(ImportPlan plan) {
        Map<Integer, int[]> years = new HashMap<>();
        for (PlannedRow r : plan.rows(ImportSheet.MEMBER_RATINGS)) {
            int[] counts = years.computeIfAbsent((Integer) r.get("rating_year"), y -> new int[2]);
            if (RatingLevel.OUTSTANDING.name().equals(r.get("level"))) {
                counts[0]++;
            } else if (RatingLevel.GOOD.name().equals(r.get("level"))) {
                counts[1]++;
            }
        }
        years.forEach((year, counts) -> {
            if (RatingRules.quotaBreached(year, counts[0], counts[1])) {
                plan.warnings.add(new Message("import.warning.quota", year, counts[0], counts[1]));
            }
        });
    }
}
