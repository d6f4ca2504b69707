package vn.dangbo.dashboard.transfer;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the database already holds that a file's rows may refer to: the keys of cells, members, terms and hamlets,
 * members' admission dates, and whether the committee is recorded. Rows checked in the file are added as they pass.
 */
final class KnownRecords {
    /** Keys asked for in one statement: well within every database's limit on parameters. */
    static final int BATCH = 500;
    private final Map<ImportSheet, Set<Object>> keys = new EnumMap<>(ImportSheet.class);
    private final Map<String, LocalDate> admissions = new HashMap<>();
    private final Map<String, LocalDate> fullMemberships = new HashMap<>();
    /** Members disciplined, by code, with the years of the decisions. */
    private final Map<String, Set<Integer>> disciplined = new HashMap<>();
    /** Members' codes recorded in another committee: a file may not take them over. */
    private final Set<String> elsewhere = new HashSet<>();
    private boolean committee;

    /**
     * What the target committee holds of what the file's rows name (its own records only; a committee the file adds
     * holds none yet): each look-up asks for the file's keys, a few hundred at a time, so that its cost follows the
     * file, never the size of the commune (a sub-query over a commune of 20,000 members failed on H2 once its result
     * no longer fitted in memory).
     */
    static KnownRecords in(JdbcTemplate jdbc, ImportTarget target, Map<ImportSheet, ? extends Iterable<RawRow>> rows) {
        KnownRecords known = new KnownRecords();
        Map<ImportSheet, Set<Object>> named = FileKeys.named(rows);
        named.forEach((sheet, keys) -> {
            Set<Object> found = known.keys.computeIfAbsent(sheet, s -> new HashSet<>());
            if (sheet == ImportSheet.MEMBERS) {
                return; // read below with their admission dates
            }
            inBatches(keys, batch -> found.addAll(jdbc.queryForList("select t." + sheet.referenceKey().dbColumn()
                    + " from " + sheet.table() + " t where t." + sheet.referenceKey().dbColumn() + " in (" + marks(batch)
                    + ") and " + target.own(sheet.table(), "t"), Object.class, batch.toArray())));
        });
        Set<Object> members = named.getOrDefault(ImportSheet.MEMBERS, Set.of());
        inBatches(members, batch -> {
            known.elsewhere.addAll(jdbc.queryForList("select t.code from member t where t.code in (" + marks(batch)
                    + ") and not (" + target.own("member", "t") + ")", String.class, batch.toArray()));
            jdbc.query("select t.code, t.admission_date, t.full_membership_date from member t where t.code in ("
                    + marks(batch) + ") and " + target.own("member", "t"), rs -> {
                        known.add(ImportSheet.MEMBERS, rs.getString(1));
                        known.admissions.put(rs.getString(1), rs.getDate(2).toLocalDate());
                        if (rs.getDate(3) != null) {
                            known.fullMemberships.put(rs.getString(1), rs.getDate(3).toLocalDate());
                        }
                    }, batch.toArray());
            jdbc.query("select m.code, d.decided_on from discipline d join member m on m.id = d.member_id where m.code in ("
                            + marks(batch) + ") and " + target.own("member", "m"),
                    rs -> { known.disciplined(rs.getString(1), rs.getDate(2).toLocalDate()); }, batch.toArray());
        });
        known.committee = target.exists();
        return known;
    }

    /** Runs a look-up for the keys a batch at a time. */
    private static void inBatches(Set<Object> keys, Consumer<List<Object>> lookUp) {
        List<Object> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += BATCH) {
            lookUp.accept(all.subList(from, Math.min(all.size(), from + BATCH)));
        }
    }

    private static String marks(List<Object> batch) {
        return String.join(", ", Collections.nCopies(batch.size(), "?"));
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

    @Nullable LocalDate admission(String memberCode) {
        return admissions.get(memberCode);
    }

    void admitted(String memberCode, LocalDate date, @Nullable LocalDate fullMembership) {
        admissions.put(memberCode, date);
        if (fullMembership == null) {
            fullMemberships.remove(memberCode);
        } else {
            fullMemberships.put(memberCode, fullMembership);
        }
    }

    @Nullable LocalDate fullMembership(String memberCode) {
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
