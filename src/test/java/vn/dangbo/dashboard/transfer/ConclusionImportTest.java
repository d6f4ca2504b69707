package vn.dangbo.dashboard.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.SeedDatabaseTest;
import vn.dangbo.dashboard.base.table.Table;
import vn.dangbo.dashboard.base.table.TableFiles;
import vn.dangbo.dashboard.conclusions.ConclusionEntry;
import vn.dangbo.dashboard.conclusions.ConclusionService;
import vn.dangbo.dashboard.conclusions.ConclusionState;

/** The meetings' conclusions from the office's sheet: read back as recorded, their dates checked as the form checks them. */
@SeedDatabaseTest
class ConclusionImportTest {
    @Autowired ImportService imports;
    @Autowired ConclusionService conclusions;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removeThem() {
        jdbc.update("delete from conclusion");
    }

    private static byte[] sheet(List<Object> row) {
        return TableFiles.xlsx(List.of(new Table("Kết luận cuộc họp", ImportSheet.CONCLUSIONS.columns(), List.of(row))));
    }

    @Test
    void a_conclusion_from_the_sheet_is_carried_forward_with_its_words_as_written() {
        imports.importFile(sheet(Arrays.asList("05/06/2020", "Chi bộ", "X01", "<script>alert(1)</script> Củng cố chi bộ",
                "Chi bộ xóm 1", null, "Bí thư chi bộ", "05/07/2020", null)), "ket-luan.xlsx");

        List<ConclusionEntry> carried = conclusions.carriedForward();
        assertThat(carried).singleElement().satisfies(entry -> {
            assertThat(entry.content()).isEqualTo("<script>alert(1)</script> Củng cố chi bộ");
            assertThat(entry.subjectKey()).isEqualTo("X01");
            assertThat(entry.state()).isEqualTo(ConclusionState.OVERDUE);
        });
    }

    @Test
    void a_conclusion_due_before_its_meeting_is_refused_in_words_and_nothing_imported() {
        assertThatThrownBy(() -> imports.importFile(sheet(Arrays.asList("05/06/2020", "Cuộc họp", "cuoc-hop", "Chuẩn bị đại hội",
                null, null, "Thường trực", "01/06/2020", null)), "ket-luan.xlsx"))
                .isInstanceOfSatisfying(ImportRejected.class, rejected -> assertThat(ShownProblem.of(rejected)).containsExactly(
                        new ShownProblem("Kết luận cuộc họp", 2, "Hạn", "Hạn hoàn thành không thể trước ngày họp.")));
        assertThat(jdbc.queryForObject("select count(*) from conclusion", Long.class)).isZero();
    }
}
