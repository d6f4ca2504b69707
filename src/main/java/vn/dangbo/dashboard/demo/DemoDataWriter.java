package vn.dangbo.dashboard.demo;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes the demo commune into an empty database, in plain SQL, as an import from the office's sheets would. */
final class DemoDataWriter {
    private final JdbcTemplate jdbc;
    private final Random random = new Random(DemoCommune.RANDOM_SEED);

    DemoDataWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the commune; returns its committee's id. */
    long write() {
        long committee = insertCommittee();
        long term = insertTerm(committee);
        Map<String, Long> cells = insertCells(committee);
        List<DemoMember> members = DemoPopulation.generate(random);
        Map<String, Long> memberIds = insertMembers(members, cells);
        List<DemoRatings.Rating> memberRatings = DemoRatings.members(members, random);
        insertRatings("member_rating", "member_id", memberRatings, memberIds);
        insertRatings("cell_rating", "cell_id", DemoRatings.cells(members, memberRatings), cells);
        insertRecruitmentTargets(term);
        insertCandidates(cells);
        insertMeetings(DemoMeetings.generate(members, random), cells);
        insertStudies(committee, members);
        insertTrainings(members, memberIds);
        insertTargets(term);
        insertAwards(committee);
        insertHamlets(committee, cells);
        DemoProfiles profiles = new DemoProfiles(jdbc);
        profiles.fill(DemoCommune.TERM_END);
        profiles.events(committee, DemoCommune.TERM_START, DemoCommune.LAST_RATED_YEAR, new java.util.Random(DemoCommune.TERM_START));
        return committee;
    }

    private long insertCommittee() {
        jdbc.update("insert into party_committee (code, name, district, province) values (?, ?, ?, ?)",
                DemoCommune.CODE, DemoCommune.COMMITTEE, DemoCommune.DISTRICT, DemoCommune.PROVINCE);
        return DemoSql.number(jdbc, "select max(id) from party_committee");
    }

    private long insertTerm(long committee) {
        jdbc.update("insert into term (committee_id, start_year, end_year) values (?, ?, ?)",
                committee, DemoCommune.TERM_START, DemoCommune.TERM_END);
        return DemoSql.number(jdbc, "select max(id) from term");
    }

    private Map<String, Long> insertCells(long committee) {
        jdbc.batchUpdate("insert into cell (committee_id, code, name, kind) values (?, ?, ?, ?)",
                DemoCommune.cells().stream().map(c -> new Object[] {committee, c.code(), c.name(), c.kind()}).toList());
        return idsByKey("select code, id from cell");
    }

    private Map<String, Long> insertMembers(List<DemoMember> members, Map<String, Long> cells) {
        LocalDate asOf = LocalDate.of(DemoCommune.TERM_END, 6, 30);
        jdbc.batchUpdate("""
                insert into member (code, full_name, gender, birth_year, cell_id, status, admission_date,
                    full_membership_date, exempt, direct_worker, education, political_theory, left_date, left_reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", members.stream().map(m -> {
            boolean probationary = m.probationaryOn(asOf);
            return new Object[] {m.code(), m.fullName(), m.female() ? "FEMALE" : "MALE", m.birthYear(),
                    cells.get(m.cellCode()), probationary ? "PROBATIONARY" : "FULL", Date.valueOf(m.admissionDate()),
                    probationary ? null : Date.valueOf(m.admissionDate().plusYears(1)), m.exempt(), m.directWorker(),
                    m.education(), m.politicalTheory(), m.leftDate() == null ? null : Date.valueOf(m.leftDate()),
                    m.leftReason()};
        }).toList());
        return idsByKey("select code, id from member");
    }

    private void insertRatings(String table, String subjectColumn, List<DemoRatings.Rating> ratings, Map<String, Long> ids) {
        jdbc.batchUpdate("insert into " + table + " (" + subjectColumn + ", rating_year, level, not_rated_reason) values (?, ?, ?, ?)",
                ratings.stream().map(r -> new Object[] {ids.get(r.subject()), r.year(), r.level(), r.notRatedReason()}).toList());
    }

    private void insertRecruitmentTargets(long term) {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {term, null, DemoCommune.TERM_ADMISSION_TARGET});
        for (int y = 0; y < DemoCommune.YEARLY_ADMISSION_TARGETS.length; y++) {
            rows.add(new Object[] {term, DemoCommune.TERM_START + y, DemoCommune.YEARLY_ADMISSION_TARGETS[y]});
        }
        jdbc.batchUpdate("insert into recruitment_target (term_id, target_year, target) values (?, ?, ?)", rows);
    }

    private void insertCandidates(Map<String, Long> cells) {
        String[] stages = {"IDENTIFIED", "IDENTIFIED", "IDENTIFIED", "IDENTIFIED", "IDENTIFIED", "AWARENESS_COURSE",
            "AWARENESS_COURSE", "AWARENESS_COURSE", "AWARENESS_COURSE", "APPLICATION", "APPLICATION", "APPLICATION",
            "INTRODUCED", "AWAITING_DECISION"};
        List<String> codes = new ArrayList<>(cells.keySet());
        Collections.sort(codes);
        List<Object[]> rows = new ArrayList<>();
        for (String stage : stages) {
            boolean female = random.nextBoolean();
            rows.add(new Object[] {DemoNames.of(female, random), cells.get(codes.get(random.nextInt(codes.size()))), stage,
                    Date.valueOf(LocalDate.of(DemoCommune.TERM_END, 1 + random.nextInt(6), 1 + random.nextInt(28)))});
        }
        jdbc.batchUpdate("insert into candidate (full_name, cell_id, stage, stage_date) values (?, ?, ?, ?)", rows);
    }

    private void insertMeetings(List<DemoMeetings.Meeting> meetings, Map<String, Long> cells) {
        jdbc.batchUpdate("insert into cell_meeting (cell_id, meeting_date, kind, present, required, grade) values (?, ?, ?, ?, ?, ?)",
                meetings.stream().map(m -> new Object[] {cells.get(m.cell()), Date.valueOf(m.date()), m.kind(),
                        m.present(), m.required(), m.grade()}).toList());
    }

    private void insertStudies(long committee, List<DemoMember> members) {
        jdbc.batchUpdate("insert into study_campaign (committee_id, resolution, study_year, took_part, required) values (?, ?, ?, ?, ?)",
                DemoResults.STUDIES.stream().map(s -> {
                    long required = members.stream().filter(m -> !m.exempt() && m.memberAtEndOf(s.year())).count();
                    return new Object[] {committee, s.resolution(), s.year(), Math.round(required * s.participation()), required};
                }).toList());
    }

    /** Younger members still at work are the ones sent to training; each goes once. */
    private void insertTrainings(List<DemoMember> members, Map<String, Long> memberIds) {
        List<DemoMember> eligible = new ArrayList<>(members.stream()
                .filter(m -> !m.exempt() && m.leftDate() == null && m.birthYear() >= 1970
                        && m.admissionDate().getYear() < DemoCommune.TERM_START)
                .toList());
        Collections.shuffle(eligible, random);
        List<Object[]> rows = new ArrayList<>();
        int next = 0;
        int[] counts = {DemoResults.UNIVERSITY, DemoResults.VOCATIONAL_INTERMEDIATE, DemoResults.POLITICAL_THEORY_INTERMEDIATE};
        String[] programmes = {"UNIVERSITY", "VOCATIONAL_INTERMEDIATE", "POLITICAL_THEORY_INTERMEDIATE"};
        for (int p = 0; p < programmes.length; p++) {
            for (int i = 0; i < counts[p]; i++) {
                rows.add(new Object[] {memberIds.get(eligible.get(next++).code()), programmes[p],
                        DemoCommune.TERM_START + random.nextInt(DemoCommune.TERM_END - DemoCommune.TERM_START)});
            }
        }
        jdbc.batchUpdate("insert into training (member_id, programme, start_year) values (?, ?, ?)", rows);
    }

    private void insertTargets(long term) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < DemoResults.TARGETS.size(); i++) {
            DemoResults.Target t = DemoResults.TARGETS.get(i);
            rows.add(new Object[] {term, i + 1, t.name(), t.unit(), t.direction(), t.target(), t.result()});
        }
        jdbc.batchUpdate("""
                insert into term_target (term_id, position, name, unit, direction, target_value, result_value)
                values (?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private void insertAwards(long committee) {
        jdbc.batchUpdate("insert into award (committee_id, award_year, title, awarded_by) values (?, ?, ?, ?)",
                DemoResults.AWARDS.stream().map(a -> new Object[] {committee, a.year(), a.title(), a.awardedBy()}).toList());
    }

    /** Each hamlet cell's hamlet, and its new-rural standing year by year: the best hamlets first reach each standard. */
    private void insertHamlets(long committee, Map<String, Long> cells) {
        List<DemoCell> hamletCells = DemoCommune.cells().stream().filter(DemoCell::hamlet).toList();
        jdbc.batchUpdate("insert into hamlet (committee_id, name, cell_id) values (?, ?, ?)", hamletCells.stream()
                .map(c -> new Object[] {committee, c.name().replace("Chi bộ xóm", "Xóm"), cells.get(c.code())}).toList());
        Map<String, Long> hamlets = idsByKey("select name, id from hamlet");
        List<Object[]> rows = new ArrayList<>();
        for (int y = 0; y < DemoResults.ADVANCED_HAMLETS.length; y++) {
            for (int h = 0; h < hamletCells.size(); h++) {
                String status = h < DemoResults.MODEL_HAMLETS[y] ? "MODEL"
                        : h < DemoResults.MODEL_HAMLETS[y] + DemoResults.ADVANCED_HAMLETS[y] ? "ADVANCED" : "NEW_RURAL";
                String name = hamletCells.get(h).name().replace("Chi bộ xóm", "Xóm");
                rows.add(new Object[] {hamlets.get(name), DemoCommune.TERM_START + y, status});
            }
        }
        jdbc.batchUpdate("insert into hamlet_status (hamlet_id, status_year, status) values (?, ?, ?)", rows);
    }

    private Map<String, Long> idsByKey(String sql) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query(sql, rs -> {
            ids.put(rs.getString(1), rs.getLong(2));
        });
        return ids;
    }
}
