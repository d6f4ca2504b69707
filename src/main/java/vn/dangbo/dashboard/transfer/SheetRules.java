package vn.dangbo.dashboard.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.badges.BadgeRules;
import vn.dangbo.dashboard.badges.EarlyGround;
import vn.dangbo.dashboard.base.i18n.FieldProblem;
import vn.dangbo.dashboard.base.i18n.Message;
import vn.dangbo.dashboard.discipline.DisciplineForm;
import vn.dangbo.dashboard.discipline.DisciplineRules;
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
            case TERMS -> row.required("end_year", Integer.class) <= row.required("start_year", Integer.class)
                    ? List.of(new FieldProblem("end_year", "import.problem.term-years")) : List.of();
            case MEMBERS -> {
                List<FieldProblem> problems = new java.util.ArrayList<>(MemberRules.profile(row.required("birth_year", Integer.class),
                        row.optional("birth_date", LocalDate.class), row.required("admission_date", LocalDate.class),
                        row.optional("restored_date", LocalDate.class), row.optional("left_date", LocalDate.class)));
                problems.addAll(MemberRules.check(row.required("code", String.class),
                        row.required("admission_date", LocalDate.class), row.optional("full_membership_date", LocalDate.class),
                        row.optional("left_date", LocalDate.class),
                        coded(row, "left_reason", LeaveReason.class)));
                problems.addAll(MemberRules.transferredIn(row.required("admission_date", LocalDate.class),
                        row.optional("transferred_in_date", LocalDate.class), row.optional("left_date", LocalDate.class)));
                yield problems;
            }
            case MEMBER_RATINGS -> rating(row, known.admission(row.required("member_id", String.class)));
            case CELL_RATINGS -> rating(row, null);
            case MEETINGS -> MeetingRules.meeting(row.required("meeting_date", LocalDate.class), row.required("present", Integer.class),
                    row.required("required", Integer.class));
            case STUDIES -> MeetingRules.study(row.required("took_part", Integer.class), row.required("required", Integer.class));
            case COMMUNE_CRITERIA -> row.required("criteria_met", Integer.class) > row.required("criteria_total", Integer.class)
                    ? List.of(new FieldProblem("criteria_met", "import.problem.criteria-over-total", row.required("criteria_total", Integer.class)))
                    : List.of();
            case DISCIPLINES -> DisciplineRules.check(row.required("decided_on", LocalDate.class),
                    coded(row, "form", DisciplineForm.class),
                    known.admission(row.required("member_id", String.class)), known.fullMembership(row.required("member_id", String.class)));
            case COMMITTEE_RATINGS -> exemplary(row);
            case BADGES -> BadgeRules.check(row.required("badge_years", Integer.class), row.required("awarded_on", LocalDate.class),
                    coded(row, "early_ground", EarlyGround.class),
                    known.admission(row.required("member_id", String.class)));
            case CONCLUSIONS -> vn.dangbo.dashboard.conclusions.ConclusionRules.dates(row.required("meeting_date", LocalDate.class),
                    row.required("due_date", LocalDate.class), row.optional("done_on", LocalDate.class));
            default -> List.of();
        };
    }

    /** An optional coded column's constant, or null when blank. */
    private static <E extends Enum<E>> @Nullable E coded(PlannedRow row, String column, Class<E> type) {
        String name = row.optional(column, String.class);
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** The ratings' own rules, as the rating forms check them; the problem is shown at the level. */
    private static List<FieldProblem> rating(PlannedRow row, @Nullable LocalDate admitted) {
        String level = row.optional("level", String.class);
        String reason = row.optional("not_rated_reason", String.class);
        List<FieldProblem> problems = new java.util.ArrayList<>(RatingRules.problem(row.required("rating_year", Integer.class),
                        level == null ? null : RatingLevel.valueOf(level), row.optional("score", BigDecimal.class),
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
            String member = r.optional("member_id", String.class);
            Integer year = r.optional("rating_year", Integer.class);
            // A row with a problem may lack its member or year: it is refused for that, and warned about for nothing.
            if (member != null && year != null && level != null && !RatingLevel.FAILED.name().equals(level)
                    && known.disciplinedIn(member, year)) {
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
