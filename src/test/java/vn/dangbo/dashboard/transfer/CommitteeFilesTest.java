package vn.dangbo.dashboard.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.dashboard.ProvinceDatabaseTest;
import vn.dangbo.dashboard.base.table.Table;
import vn.dangbo.dashboard.base.table.TableFiles;
import vn.dangbo.dashboard.members.MemberService;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;
import vn.dangbo.dashboard.organisation.CommitteeNode;
import vn.dangbo.dashboard.organisation.CommitteeScope;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.ratings.RatingService;

/** Files per committee: each commune's workbook is its own, and imports back as that commune, never into another. */
@ProvinceDatabaseTest
class CommitteeFilesTest {
    private static final List<String> PARTY_TABLES = List.of("app_user", "party_card", "temporary_transfer", "committee_rating", "inspection", "conclusion", "commune_criteria", "discipline", "party_badge",
            "hamlet_status", "hamlet", "award", "term_target", "training", "study_campaign", "cell_meeting", "candidate",
            "recruitment_target", "cell_rating", "member_rating", "member", "cell", "term");

    @Autowired DataExport export;
    @Autowired ImportService imports;
    @Autowired CommitteeDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired MemberService members;
    @Autowired RatingService ratings;
    @Autowired OrganisationService organisation;

    private long id(String code) {
        return directory.byCode(code).orElseThrow().id();
    }

    private <T> T in(String code, Supplier<T> work) {
        return CommitteeScope.call(id(code), work);
    }

    private long count(String sql, Object... parameters) {
        return jdbc.queryForObject(sql, Long.class, parameters);
    }

    /** A commune's figures as its dashboards show them: members, the 2024 ratings by level, cells. */
    private String figures(long committee) {
        return CommitteeScope.call(committee, () -> members.currentMembership() + " " + ratings.memberDistribution(2024)
                .byLevel() + " " + organisation.cells().size());
    }

    @Test
    void a_communes_workbook_holds_only_its_own_records_and_imports_back_as_it_changing_nothing() {
        byte[] workbook = in("mau-01", export::workbook);
        Table committee = in("mau-01", export::tables).getFirst();
        assertThat(committee.rows()).singleElement().satisfies(row -> assertThat(row).contains("mau-01"));

        assertThat(in("tinh-mau", () -> imports.importFile(workbook, "mau-01.xlsx")).changedAnything()).isFalse();
        assertThat(in("mau-01", () -> imports.importFile(workbook, "mau-01.xlsx")).changedAnything()).isFalse();
    }

    @Test
    void a_commune_cannot_import_another_communes_workbook() {
        byte[] other = in("mau-02", export::workbook);
        long before = count("select count(*) from member");

        assertThatThrownBy(() -> in("mau-01", () -> imports.importFile(other, "mau-02.xlsx")))
                .isInstanceOfSatisfying(ImportRefused.class, refused -> assertThat(refused.key()).isEqualTo("import.error.other-committee"));
        assertThatThrownBy(() -> in("hai-nam", () -> imports.preview(other, "mau-02.xlsx")))
                .isInstanceOf(ImportRefused.class);
        assertThat(count("select count(*) from member")).isEqualTo(before);
    }

    @Test
    void a_file_without_a_committee_code_goes_to_the_pages_commune_and_is_refused_at_the_province() {
        List<Table> tables = new ArrayList<>(in("mau-03", export::tables));
        Table committee = tables.getFirst();
        int code = committee.headers().indexOf(ImportTarget.CODE_HEADER);
        List<Object> row = new ArrayList<>(committee.rows().getFirst());
        row.set(code, null);
        tables.set(0, new Table(committee.name(), committee.headers(), List.of(row)));
        byte[] withoutCode = TableFiles.xlsx(tables);

        assertThat(in("mau-03", () -> imports.importFile(withoutCode, "x.xlsx")).changedAnything()).isFalse();
        assertThatThrownBy(() -> in("tinh-mau", () -> imports.importFile(withoutCode, "x.xlsx")))
                .isInstanceOfSatisfying(ImportRefused.class, refused -> assertThat(refused.key()).isEqualTo("import.error.no-committee-code"));
    }

    @Test
    void a_file_cannot_take_over_another_communes_member() {
        List<Table> tables = new ArrayList<>(in("mau-01", export::tables));
        int sheet = ImportSheet.MEMBERS.ordinal();
        Table members = tables.get(sheet);
        List<Object> stranger = new ArrayList<>(in("mau-02", export::tables).get(sheet).rows().getFirst());
        stranger.set(members.headers().indexOf("Mã chi bộ"), members.rows().getFirst().get(members.headers().indexOf("Mã chi bộ")));
        List<List<Object>> rows = new ArrayList<>(members.rows());
        rows.add(stranger);
        tables.set(sheet, new Table(members.name(), members.headers(), rows));
        String strangerCell = jdbc.queryForObject("select c.code from member m join cell c on c.id = m.cell_id where m.code = ?",
                String.class, stranger.getFirst());

        assertThatThrownBy(() -> in("mau-01", () -> imports.importFile(TableFiles.xlsx(tables), "x.xlsx")))
                .isInstanceOfSatisfying(ImportRejected.class, rejected -> assertThat(rejected.problems())
                        .anyMatch(p -> p.reason().key().equals("import.problem.member-elsewhere")
                                && p.reason().vietnamese().contains("đã được dùng")
                                && !p.reason().vietnamese().contains("Mẫu 02") && !p.reason().vietnamese().contains("mau-02")));
        assertThat(jdbc.queryForObject("select c.code from member m join cell c on c.id = m.cell_id where m.code = ?",
                String.class, stranger.getFirst())).isEqualTo(strangerCell);
    }

    @Test
    void every_communes_workbook_imports_into_an_empty_province_as_the_same_communes() {
        long province = id("tinh-mau");
        Map<String, byte[]> workbooks = communeWorkbooks(province);
        assertThat(workbooks.keySet()).containsExactlyElementsOf(
                directory.communesUnder(province).stream().map(CommitteeNode::code).toList());
        Map<String, String> before = new LinkedHashMap<>();
        workbooks.keySet().forEach(code -> before.put(code, figures(id(code))));

        transaction.executeWithoutResult(status -> {
            PARTY_TABLES.forEach(table -> jdbc.update("delete from " + table));
            jdbc.update("update party_committee set merged_into_id = null");
            jdbc.update("delete from party_committee where id <> ? and code <> 'hai-nam'", province);
            directory.refresh();
            CommitteeScope.run(province, () -> workbooks.forEach((code, bytes) -> imports.importFile(bytes, code + ".xlsx")));
            directory.refresh();
            Map<String, String> after = new LinkedHashMap<>();
            workbooks.keySet().forEach(code -> after.put(code, figures(id(code))));
            assertThat(after).containsExactlyEntriesOf(before);
            assertThat(directory.communesUnder(province)).hasSize(workbooks.size());
            status.setRollbackOnly();
        });
        directory.refresh();
    }

    /** The province's download, unpacked: each commune's workbook by its code. */
    private Map<String, byte[]> communeWorkbooks(long province) {
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        Map<String, byte[]> workbooks = new LinkedHashMap<>();
        try (CommitteeScope.Entered ignored = CommitteeScope.enter(province)) {
            export.writeCommuneWorkbooks(zip, (number, of, name) -> { });
        } catch (java.io.IOException impossible) {
            throw new java.io.UncheckedIOException(impossible);
        }
        try (java.util.zip.ZipInputStream entries = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(zip.toByteArray()))) {
            for (var entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                workbooks.put(entry.getName().replace(".xlsx", ""), entries.readAllBytes());
            }
        } catch (java.io.IOException impossible) {
            throw new java.io.UncheckedIOException(impossible);
        }
        return workbooks;
    }
}
