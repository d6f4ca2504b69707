package vn.dangbo.dashboard.demo;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gives the demo members the statistical profile the year-end forms break down by, and the year's events they count
 * (party cards, temporary transfers, the committee's own rating, inspections), as a coastal Red River delta commune
 * would have them: almost all Kinh, some Catholic members, schooling and occupations by age and cell. Each member's
 * draw is seeded by their code, so a load is the same every time; nothing the seed article gives is changed (the
 * members, their dates, cells and ratings stay as written before).
 */
final class DemoProfiles {
    /** The year the demo's members with older admissions were handed today's party cards. */
    private static final int FIRST_CARDS = 2001;
    private static final String[] MINORITIES = {"MUONG", "TAY", "THAI", "HOA", "NUNG"};
    private final JdbcTemplate jdbc;

    DemoProfiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Fills the profile of every member who has none yet, and the events, for the committees just written. */
    void fill(int lastYear) {
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> cards = new ArrayList<>();
        jdbc.query("""
                select m.id, m.code, m.birth_year, m.exempt, m.direct_worker, coalesce(m.education, ''), m.full_membership_date,
                       m.transferred_in_date, m.left_reason, c.kind, m.admission_date
                from member m join cell c on c.id = m.cell_id where m.ethnicity is null order by m.id""", rs -> {
            long id = rs.getLong(1);
            Random random = new Random(rs.getString(2).hashCode() * 7919L + rs.getInt(3));
            int born = rs.getInt(3);
            int age = lastYear - born;
            String education = rs.getString(6);
            LocalDate birthDate = LocalDate.of(born, 1 + random.nextInt(12), 1 + random.nextInt(28));
            String ethnicity = random.nextInt(1000) < 12 ? MINORITIES[random.nextInt(MINORITIES.length)] : "KINH";
            int faith = random.nextInt(100);
            String religion = faith < 9 ? "CATHOLIC" : faith < 11 ? "BUDDHIST" : "NONE";
            String school = education.equals("THCS") ? "LOWER_SECONDARY" : born < 1950 && random.nextInt(3) == 0 ? "PRIMARY"
                    : "UPPER_SECONDARY";
            String qualification = switch (education) {
                case "Trung cấp" -> "INTERMEDIATE";
                case "Cao đẳng" -> "COLLEGE";
                case "Đại học" -> random.nextInt(10) == 0 ? "MASTER" : "BACHELOR";
                default -> random.nextInt(5) == 0 ? "VOCATIONAL" : "NONE";
            };
            String occupation = occupation(rs.getBoolean(4), rs.getBoolean(5), rs.getString(10), age, qualification, random);
            boolean youth = age <= 30 && random.nextInt(10) < 8;
            java.sql.Date full = rs.getDate(7);
            String card = full == null ? null : "%08d".formatted(10_000_000 + Math.floorMod(rs.getString(2).hashCode(), 89_999_999));
            String scope = random.nextInt(3) == 0 ? "OTHER_PROVINCE" : "IN_PROVINCE";
            updates.add(new Object[] {Date.valueOf(birthDate), ethnicity, religion, school, qualification, occupation, youth,
                    card, rs.getDate(8) == null ? null : scope, "TRANSFERRED_OUT".equals(rs.getString(9)) ? scope : null, id});
            if (full != null) {
                LocalDate issued = full.toLocalDate().plusDays(45 + random.nextInt(60));
                if (issued.getYear() < FIRST_CARDS) {
                    // Today's cards were handed to the members of the day in one campaign.
                    issued = LocalDate.of(FIRST_CARDS, 1 + random.nextInt(12), 1 + random.nextInt(28));
                }
                if (issued.getYear() <= lastYear) {
                    cards.add(new Object[] {id, Date.valueOf(issued), "ISSUED"});
                    if (random.nextInt(80) == 0 && issued.getYear() < lastYear) {
                        cards.add(new Object[] {id, Date.valueOf(issued.plusYears(1).withDayOfYear(100 + random.nextInt(200))),
                                random.nextBoolean() ? "REISSUED_LOST" : "REPLACED_DAMAGED"});
                    }
                }
            }
        });
        jdbc.batchUpdate("""
                update member set birth_date = ?, ethnicity = ?, religion = ?, general_education = ?, qualification = ?,
                       occupation = ?, youth_union = ?, card_number = ?, transferred_in_scope = ?, transferred_out_scope = ?
                where id = ?""", updates);
        jdbc.batchUpdate("insert into party_card (member_id, issued_on, kind) values (?, ?, ?)", cards);
    }

    private static String occupation(boolean exempt, boolean directWorker, String cellKind, int age, String qualification,
                                     Random random) {
        if (exempt || age > 62) {
            return "RETIRED";
        }
        if (directWorker) {
            return random.nextInt(10) < 7 ? "FARMER" : "BUSINESS_WORKER";
        }
        return switch (cellKind) {
            case "AGENCY" -> "COMMUNE_OFFICIAL";
            case "SCHOOL", "HEALTH" -> "PUBLIC_EMPLOYEE";
            case "MILITARY", "POLICE" -> "ARMED_FORCES";
            default -> {
                int draw = random.nextInt(100);
                if (age > 57 && draw < 40) {
                    yield "RETIRED";
                }
                yield draw < 45 ? "FARMER" : draw < 58 ? "HAMLET_WORKER" : draw < 68 ? "BUSINESS_STAFF"
                        : draw < 74 ? "BUSINESS_MANAGER" : draw < 80 && !"NONE".equals(qualification) ? "PUBLIC_EMPLOYEE"
                        : "OTHER";
            }
        };
    }

    /**
     * The committee's own yearly ratings, a few temporary transfers and inspections a year, from {@code first} to
     * {@code last}: the seed article's committee was "trong sạch, vững mạnh tiêu biểu" several years running.
     */
    void events(long committee, int first, int last, Random random) {
        List<String> cells = DemoSql.texts(jdbc, "select name from cell where committee_id = ? order by code", committee);
        for (int year = first; year <= last; year++) {
            jdbc.update("insert into committee_rating (committee_id, rating_year, level, exemplary, rated_by) values (?, ?, ?, ?, ?)",
                    committee, year, year % 4 == 0 ? "GOOD" : "OUTSTANDING", year % 4 != 0 && year % 2 == 1,
                    "Ban Thường vụ cấp trên");
            for (int i = 0; i < 2 + random.nextInt(3); i++) {
                boolean sent = random.nextBoolean();
                jdbc.update("insert into temporary_transfer (committee_id, full_name, transfer_date, direction, place) values (?, ?, ?, ?, ?)",
                        committee, DemoNames.of(random.nextBoolean(), random), Date.valueOf(LocalDate.of(year, 1 + random.nextInt(12),
                                1 + random.nextInt(28))), sent ? "SENT" : "RECEIVED", sent ? "Khu công nghiệp" : "Đảng bộ nơi làm việc");
            }
            java.util.Set<String> inspected = new java.util.HashSet<>();
            for (int i = 0; i < 2 + random.nextInt(2) && !cells.isEmpty(); i++) {
                String cell = cells.get(random.nextInt(cells.size()));
                String kind = i == 0 ? "INSPECTION" : "SUPERVISION";
                if (inspected.add(kind + cell)) {
                    jdbc.update("insert into inspection (committee_id, inspection_year, kind, subject_kind, subject, outcome)"
                            + " values (?, ?, ?, 'CELL', ?, ?)", committee, year, kind, cell,
                            i == 0 ? "Thực hiện tốt nhiệm vụ" : null);
                }
            }
        }
    }
}
