package vn.dangbo.dashboard.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.dangbo.dashboard.base.table.Table;
import vn.dangbo.dashboard.base.table.TableFiles;

/**
 * A workbook made from each earlier template imports into an empty database: today's workbook of the seed commune
 * with the sheets and columns added since that template taken out. Runs on its own in-memory database (seeded on
 * start, exported once, emptied before each import).
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:dangbo-older-templates;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class OlderTemplatesTest {
    /** Party data, children before parents, and the accounts that refer to cells and committees. */
    private static final List<String> TABLES = List.of("app_user", "audit_event", "presentation_choice", "party_card", "temporary_transfer", "committee_rating", "inspection", "conclusion", "commune_criteria", "discipline",
            "party_badge", "hamlet_status", "hamlet", "award", "term_target", "training", "study_campaign", "cell_meeting",
            "candidate", "recruitment_target", "cell_rating", "member_rating", "member", "cell", "term", "party_committee");
    /** Today's workbook, exported once from the seed. */
    private static List<Table> today;

    @Autowired DataExport export;
    @Autowired ImportService imports;
    @Autowired JdbcTemplate jdbc;

    /** A template by what it lacked of today's: whole sheets, and columns of the sheets it had. */
    private record Template(String name, Set<String> sheetsAdded, Map<String, Set<String>> columnsAdded) {
    }

    private static final Template FIRST = new Template("29/11/2026 (the first template)",
            Set.of("Huy hiệu Đảng", "Kỷ luật", "Tiêu chí nông thôn mới xã"),
            Map.of("Đảng bộ", Set.of("Khu dân cư gọi là", "Mã đảng bộ"), "Đảng viên", Set.of("Ngày chuyển đến")));
    private static final Template WITH_BADGES = new Template("30/11/2026 (badges)",
            Set.of("Kỷ luật", "Tiêu chí nông thôn mới xã"),
            Map.of("Đảng bộ", Set.of("Mã đảng bộ"), "Đảng viên", Set.of("Ngày chuyển đến")));
    private static final Template BEFORE_COMMITTEE_CODES = new Template("30/11/2026 (before many committees)",
            Set.of(), Map.of("Đảng bộ", Set.of("Mã đảng bộ")));

    @BeforeEach
    void exportTodaysWorkbookOnce() {
        if (today == null) {
            today = export.tables();
        }
        TABLES.forEach(table -> jdbc.update("delete from " + table));
    }

    private static byte[] workbook(Template template) {
        List<Table> older = new ArrayList<>();
        for (Table table : today) {
            if (template.sheetsAdded().contains(table.name())) {
                continue;
            }
            Set<String> dropped = template.columnsAdded().getOrDefault(table.name(), Set.of());
            List<Integer> kept = new ArrayList<>();
            for (int i = 0; i < table.headers().size(); i++) {
                if (!dropped.contains(table.headers().get(i))) {
                    kept.add(i);
                }
            }
            older.add(new Table(table.name(), kept.stream().map(table.headers()::get).toList(),
                    table.rows().stream().map(row -> kept.stream().map(row::get).toList()).toList()));
        }
        return TableFiles.xlsx(older);
    }

    private int rowsOf(String sheet) {
        return today.stream().filter(t -> t.name().equals(sheet)).findFirst().orElseThrow().rows().size();
    }

    private void importsWhole(Template template) {
        byte[] file = workbook(template);

        ImportPreview preview = imports.preview(file, "mau-cu.xlsx");
        assertThat(preview.problems()).as(template.name()).isEmpty();
        assertThat(preview.warnings()).as(template.name())
                .anyMatch(w -> w.key().equals("import.warning.code-from-name") && w.parameters()[1].equals("xa-hai-nam"));
        ImportReport report = imports.importFile(file, "mau-cu.xlsx");

        assertThat(report.added(ImportSheet.MEMBERS)).as(template.name()).isEqualTo(rowsOf("Đảng viên")).isPositive();
        assertThat(report.added(ImportSheet.MEMBER_RATINGS)).as(template.name()).isEqualTo(rowsOf("Xếp loại đảng viên"));
        assertThat(jdbc.queryForList("select code from party_committee", String.class)).as(template.name())
                .containsExactly("xa-hai-nam");
    }

    @Test
    void a_workbook_from_the_first_template_imports_into_an_empty_database() {
        importsWhole(FIRST);
    }

    @Test
    void a_workbook_from_the_template_with_badges_imports_into_an_empty_database() {
        importsWhole(WITH_BADGES);
    }

    @Test
    void a_workbook_without_the_committees_code_imports_into_an_empty_database_with_a_code_made_from_its_name() {
        importsWhole(BEFORE_COMMITTEE_CODES);
        assertThat(jdbc.queryForObject("select count(*) from party_badge", Integer.class)).isEqualTo(rowsOf("Huy hiệu Đảng"));
    }
}
