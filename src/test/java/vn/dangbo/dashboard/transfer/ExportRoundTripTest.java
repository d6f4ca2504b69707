package vn.dangbo.dashboard.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.dangbo.dashboard.meetings.MeetingService;
import vn.dangbo.dashboard.members.MemberService;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.organisation.TermPeriod;
import vn.dangbo.dashboard.ratings.RatingLevel;
import vn.dangbo.dashboard.ratings.RatingService;
import vn.dangbo.dashboard.recruitment.RecruitmentService;
import vn.dangbo.dashboard.results.TermResultService;
import vn.dangbo.dashboard.training.TrainingService;
import vn.dangbo.dashboard.base.table.Table;
import vn.dangbo.dashboard.base.table.TableFiles;

/**
 * Everything exported, then imported into an empty database, gives the same dashboard figures. Runs on its own
 * in-memory database (seeded on start, then emptied here), so the shared seed database is left alone.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:dangbo-round-trip;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class ExportRoundTripTest {
    /** Party data, children before parents, and the accounts that refer to cells; nothing of it is left. */
    private static final List<String> TABLES = List.of("app_user", "presentation_choice", "party_card", "temporary_transfer", "committee_rating", "inspection", "conclusion", "commune_criteria", "discipline", "party_badge", "hamlet_status", "hamlet", "award", "term_target", "training",
            "study_campaign", "cell_meeting", "candidate", "recruitment_target", "cell_rating", "member_rating", "member",
            "cell", "term", "party_committee");

    @Autowired DataExport export;
    @Autowired ImportService imports;
    @Autowired JdbcTemplate jdbc;
    @Autowired OrganisationService organisation;
    @Autowired MemberService members;
    @Autowired RatingService ratings;
    @Autowired RecruitmentService recruitment;
    @Autowired MeetingService meetings;
    @Autowired TrainingService trainings;
    @Autowired TermResultService results;
    @Autowired vn.dangbo.dashboard.badges.BadgeService badges;

    @Test
    void exporting_everything_and_importing_it_into_an_empty_database_gives_the_same_dashboard_figures() throws Exception {
        presentABadge();
        Map<String, String> before = figures();
        List<Table> exported = export.tables();
        long start = System.nanoTime();
        byte[] workbook = export.workbook();
        long exportedIn = System.nanoTime() - start;
        java.nio.file.Files.write(java.nio.file.Path.of("target", "toan-bo-du-lieu.xlsx"), workbook);

        TABLES.forEach(table -> jdbc.update("delete from " + table));
        assertThat(organisation.cells()).isEmpty();
        start = System.nanoTime();
        ImportReport report = imports.importFile(workbook, "toan-bo.xlsx");
        long importedIn = System.nanoTime() - start;

        assertThat(report.added(ImportSheet.MEMBERS)).isEqualTo(count("member"));
        assertThat(report.added(ImportSheet.MEETINGS)).isGreaterThan(2000);
        assertThat(report.added(ImportSheet.CONCLUSIONS)).isEqualTo(2);
        assertThat(figures()).containsExactlyEntriesOf(before);
        start = System.nanoTime();
        assertThat(imports.importFile(workbook, "toan-bo.xlsx").changedAnything()).isFalse();
        long reimportedIn = System.nanoTime() - start;
        start = System.nanoTime();
        export.workbook();
        System.out.printf("BENCHMARK export of all data: %.0f ms the first time in this JVM, %.0f ms again; %d rows, %d KB; "
                + "import into an empty database: %.0f ms; importing it again (no change): %.0f ms%n", exportedIn / 1e6,
                (System.nanoTime() - start) / 1e6, exported.stream().mapToInt(t -> t.rows().size()).sum(),
                workbook.length / 1024, importedIn / 1e6, reimportedIn / 1e6);
        assertThat(export.tables()).as("the data itself, row by row").isEqualTo(exported);
    }

    /**
     * The seed has no badges, discipline nor commune criteria: one badge presented to its longest-serving member at
     * the round after their 30 years, a warning decided on them, and the commune's 19 of 19 criteria in 2019; and two
     * conclusions of a meeting, one on a figure and done, one on the meeting and open.
     */
    private void presentABadge() {
        var longest = jdbc.queryForMap("select id, admission_date from member order by admission_date, code limit 1");
        java.time.LocalDate reaches = ((java.sql.Date) longest.get("admission_date")).toLocalDate().plusYears(30);
        jdbc.update("insert into party_badge (member_id, badge_years, awarded_on, early_ground) values (?, 30, ?, null)",
                longest.get("id"), vn.dangbo.dashboard.badges.AwardRound.firstOnOrAfter(reaches));
        vn.dangbo.dashboard.organisation.CommitteeColumns.fillNew(jdbc);
        jdbc.update("insert into discipline (member_id, decided_on, form, decided_by) values (?, date '2019-04-02', 'WARNING', "
                + "'Đảng ủy xã')", longest.get("id"));
        vn.dangbo.dashboard.organisation.CommitteeColumns.fillNew(jdbc);
        jdbc.update("insert into commune_criteria (committee_id, criteria_year, criteria_met, criteria_total, level) "
                + "select id, 2019, 19, 19, 'NEW_RURAL' from party_committee");
        jdbc.update("insert into conclusion (committee_id, meeting_date, subject_kind, subject_key, subject_label, period,"
                + " content, assignee, due_date, done_on) select id, date '2020-06-05', 'FIGURE', 'ratings#card-trend',"
                + " 'Đảng viên qua các năm', '2019', 'Rà soát tỷ lệ HTXS', 'Phó Bí thư', date '2020-07-05', date '2020-07-01'"
                + " from party_committee");
        jdbc.update("insert into conclusion (committee_id, meeting_date, subject_kind, subject_key, content, assignee, due_date)"
                + " select id, date '2020-06-05', 'MEETING', 'cuoc-hop', 'Chuẩn bị đại hội', 'Thường trực', date '2020-09-30'"
                + " from party_committee");
    }

    @Test
    void each_sheet_exported_as_csv_reads_back_as_the_same_rows() {
        jdbc.update("insert into award (committee_id, award_year, title, awarded_by) select id, 2019, "
                + "'=HYPERLINK(\"http://x\";\"Bằng khen\")', '@Huyện ủy' from party_committee");
        for (Table table : export.tables()) {
            if (table.rows().isEmpty()) {
                continue;
            }
            ImportReport report = imports.importFile(TableFiles.csv(table), table.name() + ".csv");

            ImportSheet sheet = ImportSheet.byTitle(table.name());
            assertThat(report.unchanged(sheet)).as(table.name()).isEqualTo(table.rows().size());
            assertThat(report.changedAnything()).as(table.name()).isFalse();
        }
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** What the dashboards show for every term, year and cell. */
    private Map<String, String> figures() {
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("committee", organisation.committeeName().orElse(""));
        figures.put("cells", organisation.cells() + " " + organisation.cellCount());
        figures.put("membership", members.currentMembership() + " " + members.currentHeadcountByCell());
        figures.put("pipeline", recruitment.pipeline().toString());
        for (TermPeriod term : organisation.terms()) {
            String t = term.startYear() + "–" + term.endYear() + " ";
            figures.put(t + "recruitment", recruitment.termProgress(term) + " " + recruitment.admissionsByYear(term) + " "
                    + recruitment.admissionsByCell(term) + " " + recruitment.directWorkersFromHamlets(term));
            figures.put(t + "ratings", ratings.memberTrend(term) + " " + ratings.cellTrend(term) + " "
                    + ratings.cellRatings(term));
            figures.put(t + "meetings", meetings.usualMeetingDay(term) + " " + meetings.studyParticipation(term));
            figures.put(t + "training", trainings.byProgramme(term).toString());
            figures.put(t + "badges", badges.awarded(term) + " " + badges.awardedByBadge(term));
            figures.put(t + "movement", members.movement(term).toString());
            figures.put(t + "commune criteria", results.communeNewRural(term).toString());
            figures.put(t + "results", results.targets(term) + " " + results.targetAchievement(term) + " "
                    + results.awards(term) + " " + results.latestNewRural(term));
            for (int year = term.startYear(); year <= term.endYear(); year++) {
                figures.put(year + " meetings", meetings.summaryByCell(year).toString());
                figures.put(year + " cell checks", ratings.outstandingCellChecks(year).toString());
                figures.put(year + " badges due", badges.dueIn(year).toString());
                figures.put(year + " disciplined yet rated", ratings.disciplinedRatedAboveFailed(year).toString());
                figures.put(year + " outstanding", ratings.membersAtLevel(year, RatingLevel.OUTSTANDING, null).toString());
            }
        }
        for (var cell : organisation.cells()) {
            figures.put(cell.code() + " members", members.currentMembersOf(cell.code()).toString());
        }
        return figures;
    }
}
