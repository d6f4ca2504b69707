package vn.dangbo.dashboard.transfer;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the database already holds that a file's rows may refer to: the keys of cells, members, terms and hamlets,
 * members' admission dates, and whether the committee is recorded. Rows checked in the file are added as they pass.
 */
final class KnownRecords {
    private final Map<ImportSheet, Set<Object>> keys = new EnumMap<>(ImportSheet.class);
    private final Map<String, LocalDate> admissions = new HashMap<>();
    private final Map<String, LocalDate> fullMemberships = new HashMap<>();
    /** Members disciplined, by code, with the years of the decisions. */
    private final Map<String, Set<Integer>> disciplined = new HashMap<>();
    /** Members' codes recorded in another committee: a file may not take them over. */
    private final Set<String> elsewhere = new HashSet<>();
    private boolean committee;

    /** What the target committee holds (its own records only; a committee the file adds holds none yet). */
    static KnownRecords in(JdbcTemplate jdbc, ImportTarget target) {
        KnownRecords known = new KnownRecords();
        for (ImportSheet sheet : ImportSheet.values()) {
            if (sheet.isReferenced()) {
                known.keys.put(sheet, new HashSet<>(jdbc.queryForList("select t." + sheet.referenceKey().dbColumn()
                        + " from " + sheet.table() + " t where " + target.own(sheet.table(), "t"), Object.class)));
            }
        }
        known.elsewhere.addAll(jdbc.queryForList("select t.code from member t where not (" + target.own("member", "t") + ")",
                String.class));
        jdbc.query("select t.code, t.admission_date, t.full_membership_date from member t where " + target.own("member", "t"), rs -> {
            known.admissions.put(rs.getString(1), rs.getDate(2).toLocalDate());
            if (rs.getDate(3) != null) {
                known.fullMemberships.put(rs.getString(1), rs.getDate(3).toLocalDate());
            }
        });
        jdbc.query("select m.code, d.decided_on from discipline d join member m on m.id = d.member_id where "
                        + target.own("discipline", "d"),
                rs -> { known.disciplined(rs.getString(1), rs.getDate(2).toLocalDate()); });
        known.committee = target.exists();
        return known;
    }

    /** Whether a member's code is recorded in another committee. */
    boolean elsewhere(String memberCode) {
        return elsewhere.contains(memberCode);
    }

    boolean has(ImportSheet sheet, Object key) {
        return keys.getOrDefault(sheet, Set.of()).contains(key);
    }

    void add(ImportSheet sheet, Object key) {
        keys.computeIfAbsent(sheet, s -> new HashSet<>()).add(key);
    }

    LocalDate admission(String memberCode) {
        return admissions.get(memberCode);
    }

    void admitted(String memberCode, LocalDate date, LocalDate fullMembership) {
        admissions.put(memberCode, date);
        if (fullMembership == null) {
            fullMemberships.remove(memberCode);
        } else {
            fullMemberships.put(memberCode, fullMembership);
        }
    }

    LocalDate fullMembership(String memberCode) {
        return fullMemberships.get(memberCode);
    }

    void disciplined(String memberCode, LocalDate decided) {
        disciplined.computeIfAbsent(memberCode, c -> new HashSet<>()).add(decided.getYear());
    }

    boolean disciplinedIn(String memberCode, int year) {
        return disciplined.getOrDefault(memberCode, Set.of()).contains(year);
    }

    boolean hasCommittee() {
        return committee;
    }

    void committeeRecorded() {
        committee = true;
    }
}
