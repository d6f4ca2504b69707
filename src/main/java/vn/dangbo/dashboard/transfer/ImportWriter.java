package vn.dangbo.dashboard.transfer;

import java.sql.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.transfer.ImportPlan.MeetingRow;
import vn.dangbo.dashboard.transfer.ImportPlan.MemberRow;
import vn.dangbo.dashboard.transfer.ImportPlan.RatingRow;

/**
 * Writes a checked plan by natural keys (member code; member or cell and year; cell, date and kind): a row already
 * as in the file is left alone, so importing the same file twice changes nothing the second time.
 */
final class ImportWriter {
    private final JdbcTemplate jdbc;
    private final Map<ImportSheet, int[]> counts = new EnumMap<>(ImportSheet.class);

    ImportWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<ImportSheet, int[]> write(ImportPlan plan) {
        plan.members.forEach(this::member);
        plan.memberRatings.forEach(r -> rating(r, "member_rating", "member_id", "member", ImportSheet.MEMBER_RATINGS));
        plan.cellRatings.forEach(r -> rating(r, "cell_rating", "cell_id", "cell", ImportSheet.CELL_RATINGS));
        plan.meetings.forEach(this::meeting);
        return counts;
    }

    private void member(MemberRow m) {
        Object[] values = {m.fullName(), m.gender(), m.birthYear(), cellId(m.cellCode()), m.status(),
            Date.valueOf(m.admissionDate()), m.fullMembershipDate() == null ? null : Date.valueOf(m.fullMembershipDate()),
            m.exempt(), m.directWorker()};
        List<Object[]> existing = jdbc.query("""
                select full_name, gender, birth_year, cell_id, status, admission_date, full_membership_date, exempt,
                       direct_worker from member where code = ?""", (rs, n) -> new Object[] {rs.getString(1),
                rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getString(5), rs.getDate(6), rs.getDate(7),
                rs.getBoolean(8), rs.getBoolean(9)}, m.code());
        if (existing.isEmpty()) {
            jdbc.update("""
                    insert into member (full_name, gender, birth_year, cell_id, status, admission_date,
                        full_membership_date, exempt, direct_worker, political_theory, code)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'NONE', ?)""", append(values, m.code()));
            count(ImportSheet.MEMBERS, 0);
        } else if (same(existing.getFirst(), values)) {
            count(ImportSheet.MEMBERS, 2);
        } else {
            jdbc.update("""
                    update member set full_name = ?, gender = ?, birth_year = ?, cell_id = ?, status = ?,
                        admission_date = ?, full_membership_date = ?, exempt = ?, direct_worker = ? where code = ?""",
                    append(values, m.code()));
            count(ImportSheet.MEMBERS, 1);
        }
    }

    private void rating(RatingRow r, String table, String subjectColumn, String subjectTable, ImportSheet sheet) {
        Long subject = jdbc.queryForObject("select id from " + subjectTable + " where code = ?", Long.class, r.subjectCode());
        List<Object[]> existing = jdbc.query("select level, score, not_rated_reason from " + table + " where "
                + subjectColumn + " = ? and rating_year = ?", (rs, n) -> new Object[] {rs.getString(1),
                rs.getBigDecimal(2), rs.getString(3)}, subject, r.year());
        Object[] values = {r.level(), r.score(), r.notRatedReason()};
        if (existing.isEmpty()) {
            jdbc.update("insert into " + table + " (level, score, not_rated_reason, " + subjectColumn
                    + ", rating_year) values (?, ?, ?, ?, ?)", r.level(), r.score(), r.notRatedReason(), subject, r.year());
            count(sheet, 0);
        } else if (same(existing.getFirst(), values)) {
            count(sheet, 2);
        } else {
            jdbc.update("update " + table + " set level = ?, score = ?, not_rated_reason = ? where " + subjectColumn
                    + " = ? and rating_year = ?", r.level(), r.score(), r.notRatedReason(), subject, r.year());
            count(sheet, 1);
        }
    }

    private void meeting(MeetingRow m) {
        Long cell = cellId(m.cellCode());
        List<Object[]> existing = jdbc.query("select present, required, grade from cell_meeting where cell_id = ? "
                + "and meeting_date = ? and kind = ?", (rs, n) -> new Object[] {rs.getInt(1), rs.getInt(2),
                rs.getString(3)}, cell, Date.valueOf(m.date()), m.kind());
        Object[] values = {m.present(), m.required(), m.grade()};
        if (existing.isEmpty()) {
            jdbc.update("insert into cell_meeting (present, required, grade, cell_id, meeting_date, kind) "
                    + "values (?, ?, ?, ?, ?, ?)", m.present(), m.required(), m.grade(), cell, Date.valueOf(m.date()), m.kind());
            count(ImportSheet.MEETINGS, 0);
        } else if (same(existing.getFirst(), values)) {
            count(ImportSheet.MEETINGS, 2);
        } else {
            jdbc.update("update cell_meeting set present = ?, required = ?, grade = ? where cell_id = ? "
                    + "and meeting_date = ? and kind = ?", m.present(), m.required(), m.grade(), cell, Date.valueOf(m.date()), m.kind());
            count(ImportSheet.MEETINGS, 1);
        }
    }

    private Long cellId(String code) {
        return jdbc.queryForObject("select id from cell where code = ?", Long.class, code);
    }

    private void count(ImportSheet sheet, int which) {
        counts.computeIfAbsent(sheet, s -> new int[3])[which]++;
    }

    private static boolean same(Object[] stored, Object[] imported) {
        for (int i = 0; i < stored.length; i++) {
            Object a = normalise(stored[i]);
            Object b = normalise(imported[i]);
            if (!Objects.equals(a, b)) {
                return false;
            }
        }
        return true;
    }

    /** Compares values as the database returns them and as the file gives them. */
    private static Object normalise(Object value) {
        return switch (value) {
            case null -> null;
            case java.math.BigDecimal d -> d.stripTrailingZeros().toPlainString();
            case Number n -> String.valueOf(n.longValue());
            case java.util.Date d -> d.toString();
            default -> value.toString();
        };
    }

    private static Object[] append(Object[] values, Object last) {
        Object[] result = java.util.Arrays.copyOf(values, values.length + 1);
        result[values.length] = last;
        return result;
    }
}
