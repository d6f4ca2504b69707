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
    private boolean committee;

    static KnownRecords in(JdbcTemplate jdbc) {
        KnownRecords known = new KnownRecords();
        for (ImportSheet sheet : ImportSheet.values()) {
            if (sheet.isReferenced()) {
                known.keys.put(sheet, new HashSet<>(jdbc.queryForList("select " + sheet.referenceKey().dbColumn()
                        + " from " + sheet.table(), Object.class)));
            }
        }
        jdbc.query("select code, admission_date from member",
                rs -> { known.admissions.put(rs.getString(1), rs.getDate(2).toLocalDate()); });
        known.committee = jdbc.queryForObject("select count(*) from party_committee", Long.class) > 0;
        return known;
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

    void admitted(String memberCode, LocalDate date) {
        admissions.put(memberCode, date);
    }

    boolean hasCommittee() {
        return committee;
    }

    void committeeRecorded() {
        committee = true;
    }
}
