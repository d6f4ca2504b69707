package vn.dangbo.dashboard.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.transfer.ImportService;
import vn.dangbo.dashboard.transfer.ShownProblem;
import vn.dangbo.dashboard.transfer.ImportProblem;
import vn.dangbo.dashboard.transfer.ImportRejected;
import vn.dangbo.dashboard.transfer.ImportSheet;
import vn.dangbo.dashboard.SeedDatabaseTest;
import vn.dangbo.dashboard.audit.AuditService;
import vn.dangbo.dashboard.base.table.Table;
import vn.dangbo.dashboard.base.table.TableFiles;

/** One record at a time, with the sheets' own rules: what a form saves, refuses, and will not overwrite. */
@SeedDatabaseTest
class RecordServiceTest {
    @Autowired RecordService records;
    @Autowired ImportService imports;
    @Autowired AuditService audit;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removeWhatTheTestsAdded() {
        jdbc.update("delete from award where title like 'TEST%'");
        jdbc.update("delete from study_campaign where resolution like 'TEST%'");
        jdbc.update("delete from candidate where full_name like 'TEST%'");
        jdbc.update("delete from cell where code like 'TEST%'");
    }

    @Test
    void an_award_is_added_listed_and_written_to_the_audit_log() {
        records.save(ImportSheet.AWARDS, null, List.of("2020", "TEST Bằng khen", "UBND tỉnh"));

        assertThat(records.rows(ImportSheet.AWARDS)).contains(List.of("2020", "TEST Bằng khen", "UBND tỉnh"));
        assertThat(audit.latest(1).getFirst().details()).isEqualTo("Khen thưởng: thêm \"2020 · TEST Bằng khen\": "
                + "Năm: (trống) → 2020; Danh hiệu: (trống) → TEST Bằng khen; Cấp khen: (trống) → UBND tỉnh");
    }

    @Test
    void an_edited_row_is_written_to_the_audit_log_with_the_value_before_and_after() {
        records.save(ImportSheet.AWARDS, null, List.of("2020", "TEST Bằng khen", "UBND tỉnh"));
        records.save(ImportSheet.AWARDS, List.of("2020", "TEST Bằng khen", "UBND tỉnh"),
                List.of("2020", "TEST Bằng khen", "UBND huyện"));

        assertThat(audit.latest(1).getFirst().details())
                .isEqualTo("Khen thưởng: sửa \"2020 · TEST Bằng khen\": Cấp khen: UBND tỉnh → UBND huyện");
    }

    @Test
    void each_wrong_field_is_refused_with_its_reason_and_nothing_is_saved() {
        assertThatThrownBy(() -> records.save(ImportSheet.STUDIES, null, List.of("TEST Nghị quyết 01", "hai nghìn", "500", "")))
                .isInstanceOfSatisfying(ImportRejected.class, rejected -> assertThat(ShownProblem.of(rejected)).containsExactly(
                        new ShownProblem("Học tập nghị quyết", 1, "Năm", "\"hai nghìn\" không phải số nguyên"),
                        new ShownProblem("Học tập nghị quyết", 1, "Số phải tham gia", "chưa nhập")));
        assertThatThrownBy(() -> records.save(ImportSheet.STUDIES, null, List.of("TEST Nghị quyết 01", "2020", "500", "450")))
                .isInstanceOfSatisfying(ImportRejected.class, rejected -> assertThat(ShownProblem.of(rejected)).containsExactly(
                        new ShownProblem("Học tập nghị quyết", 1, "Số tham gia", "Số tham gia (500) lớn hơn số phải tham gia (450).")));
        assertThat(jdbc.queryForObject("select count(*) from study_campaign where resolution like 'TEST%'", Long.class)).isZero();
    }

    @Test
    void a_candidate_moves_to_the_next_stage_by_changing_the_row() {
        List<String> identified = List.of("TEST Phạm Văn Bình", "X03", "Quần chúng ưu tú", "05/01/2020");
        records.save(ImportSheet.CANDIDATES, null, identified);

        records.save(ImportSheet.CANDIDATES, identified, List.of("TEST Phạm Văn Bình", "X03", "Đã học lớp nhận thức về Đảng", "20/04/2020"));

        assertThat(jdbc.queryForObject("select stage from candidate where full_name = 'TEST Phạm Văn Bình'", String.class))
                .isEqualTo("AWARENESS_COURSE");
    }

    @Test
    void a_row_changed_by_another_clerk_since_it_was_opened_is_not_overwritten() {
        List<String> opened = List.of("2020", "TEST Cờ thi đua", "Tỉnh ủy");
        records.save(ImportSheet.AWARDS, null, opened);
        records.save(ImportSheet.AWARDS, opened, List.of("2020", "TEST Cờ thi đua", "UBND tỉnh"));

        assertThatThrownBy(() -> records.save(ImportSheet.AWARDS, opened, List.of("2020", "TEST Cờ thi đua", "Huyện ủy")))
                .isInstanceOf(RecordConflict.class).hasMessageContaining("vừa được người khác sửa hoặc xóa");
        assertThatThrownBy(() -> records.delete(ImportSheet.AWARDS, opened)).isInstanceOf(RecordConflict.class);
        assertThat(jdbc.queryForObject("select awarded_by from award where title = 'TEST Cờ thi đua'", String.class))
                .isEqualTo("UBND tỉnh");
    }

    @Test
    void a_new_row_with_a_key_already_taken_is_refused() {
        records.save(ImportSheet.AWARDS, null, List.of("2020", "TEST Cờ", "Tỉnh ủy"));
        assertThatThrownBy(() -> records.save(ImportSheet.AWARDS, null, List.of("2020", "TEST Cờ", "UBND")))
                .isInstanceOf(RecordConflict.class).hasMessage("Đã có dòng \"2020 · TEST Cờ\"; hãy mở dòng đó để sửa.");
    }

    @Test
    void a_cell_with_members_cannot_be_deleted_but_an_empty_one_can() {
        List<String> x01 = records.rows(ImportSheet.CELLS).stream().filter(r -> r.getFirst().equals("X01")).findFirst().orElseThrow();
        assertThatThrownBy(() -> records.delete(ImportSheet.CELLS, x01)).isInstanceOf(RecordConflict.class)
                .hasMessageStartingWith("Không xóa được \"X01\"");

        List<String> empty = List.of("TEST-D", "Chi bộ Thử", "Khác");
        records.save(ImportSheet.CELLS, null, empty);
        records.delete(ImportSheet.CELLS, empty);

        assertThat(records.rows(ImportSheet.CELLS)).noneMatch(r -> r.getFirst().equals("TEST-D"));
        assertThat(records.rows(ImportSheet.CELLS)).anyMatch(r -> r.getFirst().equals("X01"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void every_form_refuses_an_empty_record_naming_each_required_field(ImportSheet kind) {
        List<String> empty = kind.columns().stream().map(c -> "").toList();
        List<String> required = kind.fields().stream().filter(kind::isRequired).toList();
        long rows = records.rows(kind).size();

        assertThatThrownBy(() -> records.save(kind, null, empty)).satisfiesAnyOf(
                refused -> assertThat(refused).isInstanceOfSatisfying(ImportRejected.class, rejected -> assertThat(
                        rejected.problems().stream().map(ImportProblem::field).distinct().toList())
                        .containsAll(required)),
                refused -> assertThat(refused).isInstanceOf(RecordConflict.class).hasMessageStartingWith("Đã có dòng"));
        assertThat(records.rows(kind)).hasSize((int) rows);
    }

    static java.util.stream.Stream<ImportSheet> kinds() {
        return RecordService.keptHere().stream();
    }

    @Test
    void a_kinds_download_imports_back_unchanged() {
        Table awards = records.table(ImportSheet.AWARDS);

        assertThat(awards.headers()).isEqualTo(ImportSheet.AWARDS.columns());
        assertThat(imports.importFile(TableFiles.csv(awards), "khen-thuong.csv").unchanged(ImportSheet.AWARDS))
                .isEqualTo(awards.rows().size()).isPositive();
    }

    @Test
    void members_and_ratings_are_not_kept_here_but_in_their_own_forms() {
        assertThat(records.kinds()).doesNotContain(ImportSheet.MEMBERS, ImportSheet.MEMBER_RATINGS, ImportSheet.CELL_RATINGS)
                .contains(ImportSheet.CELLS, ImportSheet.CANDIDATES, ImportSheet.STUDIES, ImportSheet.TRAININGS,
                        ImportSheet.AWARDS, ImportSheet.HAMLETS, ImportSheet.HAMLET_STATUSES);
    }
}
