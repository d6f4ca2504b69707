package vn.dangbo.dashboard.demo;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A clearly synthetic province for the province views (loaded only when asked): a province committee over twelve
 * communes, two of them merged on 1/7/2025 from former communes whose cells they took over. Deterministic: the same
 * seed writes the same province. Names say "giả lập" (simulated), codes start with "mau-".
 */
final class ProvinceDemo {
    static final String PROVINCE_CODE = "tinh-mau";
    static final String PROVINCE = "Đảng bộ tỉnh Mẫu (giả lập)";
    static final int COMMUNES = ProvinceShape.DEMO.communes();
    static final LocalDate MERGED_ON = LocalDate.of(2025, 7, 1);
    static final int FIRST_YEAR = 2020;
    static final int LAST_RATED_YEAR = 2025;
    /** The day the synthetic records stand at. */
    static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);
    private static final long SEED = 20250701L;
    /** The commune that rated too many members outstanding in {@link #QUOTA_BREACH_YEAR}, for the quota column. */
    static final int GENEROUS_COMMUNE = 3;
    static final int QUOTA_BREACH_YEAR = 2022;
    private boolean generous;
    private static final String[] LEVELS = {"OUTSTANDING", "GOOD", "SATISFACTORY", "FAILED"};

    private static final String[] CANDIDATE_STAGES = {"IDENTIFIED", "AWARENESS_COURSE", "APPLICATION"};

    private final JdbcTemplate jdbc;
    private final ProvinceShape shape;
    private final Random random = new Random(SEED);
    /** Draws what the demo's shape does not have (candidates), leaving the demo's own draws as they were. */
    private final Random more = new Random(SEED + 1);
    private int memberNumber;

    ProvinceDemo(JdbcTemplate jdbc) {
        this(jdbc, ProvinceShape.DEMO);
    }

    ProvinceDemo(JdbcTemplate jdbc, ProvinceShape shape) {
        this.jdbc = jdbc;
        this.shape = shape;
    }

    /** Writes the province; returns its committee's id. */
    long write() {
        long province = committee(PROVINCE_CODE, PROVINCE, "PROVINCE", null, null);
        insertTerm(province, 2020, 2025);
        insertTerm(province, 2025, 2030);
        for (int n = 1; n <= shape.communes(); n++) {
            String code = communeCode(n);
            String name = "Đảng bộ xã Mẫu " + twoDigits(n) + " (giả lập)";
            long commune = committee(code, name, "COMMUNE", province, null);
            generous = n == GENEROUS_COMMUNE;
            int formers = formerCount(shape, n);
            if (formers == 0) {
                insertTargets(insertTerm(commune, 2020, 2025), 2020);
                insertTargets(insertTerm(commune, 2025, 2030), 2025);
                writeCells(commune, null, code, shape.minCells() + random.nextInt(shape.cellSpread()));
                continue;
            }
            insertTargets(insertTerm(commune, 2025, 2030), 2025);
            for (int f = 0; f < formers; f++) {
                String formerCode = code + "-cu-" + (char) ('a' + f);
                long former = committee(formerCode, "Đảng bộ xã Mẫu " + twoDigits(n) + (char) ('A' + f) + " cũ (giả lập)",
                        "COMMUNE", province, commune);
                insertTargets(insertTerm(former, 2020, 2025), 2020);
                writeCells(commune, former, code + (char) ('a' + f), 5 + random.nextInt(6));
            }
        }
        DemoProfiles profiles = new DemoProfiles(jdbc);
        profiles.fill(MERGED_ON.getYear());
        List<Long> communes = DemoSql.ids(jdbc, "select id from party_committee where parent_id = ? and merged_into_id is null"
                + " order by id", province);
        for (long commune : communes) {
            profiles.events(commune, 2021, MERGED_ON.getYear(), new java.util.Random(commune));
        }
        return province;
    }

    static String communeCode(int n) {
        return "mau-" + twoDigits(n);
    }

    static int formerCount(int commune) {
        return formerCount(ProvinceShape.DEMO, commune);
    }

    static int formerCount(ProvinceShape shape, int commune) {
        for (int[] merged : shape.merged()) {
            if (merged[0] == commune) {
                return merged[1];
            }
        }
        return 0;
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    private long committee(String code, String name, String level, @Nullable Long parent, @Nullable Long mergedInto) {
        jdbc.update("""
                insert into party_committee (code, name, province, org_level, parent_id, merged_into_id, merged_on)
                values (?, ?, ?, ?, ?, ?, ?)""", code, name, "Tỉnh Mẫu", level, parent, mergedInto,
                mergedInto == null ? null : Date.valueOf(MERGED_ON));
        return DemoSql.number(jdbc, "select id from party_committee where code = ?", code);
    }

    private long insertTerm(long committee, int start, int end) {
        jdbc.update("insert into term (committee_id, start_year, end_year) values (?, ?, ?)", committee, start, end);
        return DemoSql.number(jdbc, "select id from term where committee_id = ? and start_year = ?", committee, start);
    }

    private void insertTargets(long term, int start) {
        int whole = 10 + random.nextInt(30);
        jdbc.update("insert into recruitment_target (term_id, target_year, target) values (?, null, ?)", term, whole);
        for (int y = start; y <= start + 5; y++) {
            jdbc.update("insert into recruitment_target (term_id, target_year, target) values (?, ?, ?)", term, y, whole / 5);
        }
    }

    /** A commune's cells (or those a former commune handed over), each with members, ratings and meetings. */
    private void writeCells(long commune, @Nullable Long former, String prefix, int count) {
        for (int c = 1; c <= count; c++) {
            String cellCode = prefix.toUpperCase().replace("MAU-", "M") + "-" + twoDigits(c);
            boolean hamlet = c <= count - 2;
            jdbc.update("insert into cell (committee_id, former_committee_id, code, name, kind) values (?, ?, ?, ?, ?)",
                    commune, former, cellCode, (hamlet ? "Chi bộ thôn " : "Chi bộ ") + cellCode + " (giả lập)",
                    hamlet ? "HAMLET" : "SCHOOL");
            long cell = DemoSql.number(jdbc, "select id from cell where committee_id = ? and code = ?", commune, cellCode);
            writeMembers(cell, shape.minMembers() + random.nextInt(shape.memberSpread()));
            writeCellYears(cell);
            writeCandidates(cell);
        }
    }

    private void writeMembers(long cell, int count) {
        List<Object[]> members = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int m = 0; m < count; m++) {
            String code = "MAU" + String.format("%06d", ++memberNumber);
            boolean female = random.nextInt(3) == 0;
            LocalDate admitted = m == 0 && random.nextBoolean()
                    ? LocalDate.of(2025 + random.nextInt(2), 1 + random.nextInt(9), 1 + random.nextInt(28))
                    : LocalDate.of(1975 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28));
            boolean probationary = admitted.plusYears(1).isAfter(AS_OF);
            members.add(new Object[] {code, DemoNames.of(female, random), female ? "FEMALE" : "MALE",
                    1940 + random.nextInt(65), cell, probationary ? "PROBATIONARY" : "FULL", Date.valueOf(admitted),
                    probationary ? null : Date.valueOf(admitted.plusYears(1)), false, random.nextInt(3) == 0, "12/12",
                    "NONE"});
            codes.add(code);
        }
        jdbc.batchUpdate("""
                insert into member (code, full_name, gender, birth_year, cell_id, status, admission_date,
                    full_membership_date, exempt, direct_worker, education, political_theory)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", members);
        List<Object[]> ratings = new ArrayList<>();
        for (String code : codes) {
            for (int year = 2021; year <= LAST_RATED_YEAR; year++) {
                ratings.add(new Object[] {code, year, level(random.nextInt(100), generous && year == QUOTA_BREACH_YEAR)});
            }
        }
        jdbc.batchUpdate("""
                insert into member_rating (member_id, rating_year, level)
                select m.id, ?, ? from member m where m.code = ? and m.admission_date < ?""",
                ratings.stream().map(r -> new Object[] {r[1], r[2], r[0], Date.valueOf(LocalDate.of((int) r[1], 7, 1))}).toList());
    }

    private static String level(int percentile) {
        return level(percentile, false);
    }

    /** A level at a percentile; a generous commune rates a quarter of its members outstanding (above the quota). */
    private static String level(int percentile, boolean generous) {
        int outstanding = generous ? 25 : 10;
        return percentile < outstanding ? LEVELS[0] : percentile < 85 ? LEVELS[1] : percentile < 98 ? LEVELS[2] : LEVELS[3];
    }

    private void writeCellYears(long cell) {
        List<Object[]> ratings = new ArrayList<>();
        for (int year = 2021; year <= LAST_RATED_YEAR; year++) {
            ratings.add(new Object[] {cell, year, level(random.nextInt(100))});
        }
        jdbc.batchUpdate("insert into cell_rating (cell_id, rating_year, level) values (?, ?, ?)", ratings);
        int members = (int) DemoSql.number(jdbc, "select count(*) from member where cell_id = ?", cell);
        List<Object[]> meetings = new ArrayList<>();
        for (int year = LAST_RATED_YEAR - shape.meetingYears() + 1; year <= LAST_RATED_YEAR; year++) {
            for (int month = 1; month <= 12; month++) {
                int present = Math.max(0, members - random.nextInt(Math.max(1, members / 4)));
                double share = members == 0 ? 0 : (double) present / members;
                String grade = share >= 0.9 ? "GOOD" : share > 0.85 ? "FAIR" : share >= 0.8 ? "AVERAGE" : "POOR";
                meetings.add(new Object[] {cell, Date.valueOf(LocalDate.of(year, month, 5)), present, members, grade});
            }
        }
        jdbc.batchUpdate("insert into cell_meeting (cell_id, meeting_date, kind, present, required, grade) values (?, ?, 'REGULAR', ?, ?, ?)",
                meetings);
    }

    private void writeCandidates(long cell) {
        List<Object[]> candidates = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        while (candidates.size() < shape.candidatesPerCell()) {
            String name = DemoNames.of(more.nextInt(2) == 0, more);
            if (!names.add(name)) {
                continue;
            }
            candidates.add(new Object[] {name, cell,
                    CANDIDATE_STAGES[more.nextInt(CANDIDATE_STAGES.length)],
                    Date.valueOf(LocalDate.of(LAST_RATED_YEAR, 1 + more.nextInt(12), 1 + more.nextInt(28)))});
        }
        jdbc.batchUpdate("insert into candidate (full_name, cell_id, stage, stage_date) values (?, ?, ?, ?)", candidates);
    }
}
