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
import vn.dangbo.dashboard.base.i18n.Message;
import vn.dangbo.dashboard.base.table.Table;
import vn.dangbo.dashboard.base.table.TableFiles;

/** Disciplinary decisions from the office's sheet: the party's rules for them, and the rating they call for. */
@SeedDatabaseTest
class DisciplineImportTest {
    @Autowired ImportService imports;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removeThem() {
        jdbc.update("delete from discipline where member_id in (select id from member where code like 'TEST%')");
        jdbc.update("delete from member_rating where member_id in (select id from member where code like 'TEST%')");
        jdbc.update("delete from member where code like 'TEST%'");
    }

    private static Table member(String full) {
        return new Table("Đảng viên", ImportSheet.MEMBERS.columns(), List.of(Arrays.asList("TEST-K1", "Phạm Văn Thử", "Nam",
                1980L, "X01", full == null ? "Dự bị" : "Chính thức", "01/03/2018", full, "Không", "Không")));
    }

    private static Table discipline(String form) {
        return new Table("Kỷ luật", ImportSheet.DISCIPLINES.columns(), List.<List<Object>>of(Arrays.asList("TEST-K1", "15/06/2019",
                form, "Đảng ủy xã")));
    }

    private static byte[] workbook(Table... tables) {
        return TableFiles.xlsx(List.of(tables));
    }

    @Test
    void a_probationary_member_cannot_be_expelled_and_nothing_is_imported() {
        assertThatThrownBy(() -> imports.importFile(workbook(member(null), discipline("Khai trừ")), "ky-luat.xlsx"))
                .isInstanceOfSatisfying(ImportRejected.class, rejected -> assertThat(ShownProblem.of(rejected)).containsExactly(
                        new ShownProblem("Kỷ luật", 2, "Hình thức", "Đảng viên dự bị chỉ bị kỷ luật khiển trách hoặc cảnh cáo")));
        assertThat(jdbc.queryForObject("select count(*) from member where code = 'TEST-K1'", Long.class)).isZero();
    }

    @Test
    void a_member_disciplined_in_the_year_and_rated_htt_is_imported_with_a_warning() {
        Table rating = new Table("Xếp loại đảng viên", ImportSheet.MEMBER_RATINGS.columns(), List.of(
                Arrays.asList("TEST-K1", 2019L, "HTT", null, null)));

        ImportReport report = imports.importFile(workbook(member("01/03/2019"), rating, discipline("Cảnh cáo")), "ky-luat.xlsx");

        assertThat(report.added(ImportSheet.DISCIPLINES)).isEqualTo(1);
        assertThat(report.warnings()).extracting(Message::vietnamese).containsExactly("Đảng viên TEST-K1 bị kỷ luật trong năm 2019 "
                + "nhưng được xếp loại HTT (bị kỷ luật trong năm thì xếp loại KHTNV); vẫn nhập được, nhưng cần xem lại.");
    }

    @Test
    void a_rating_of_khtnv_for_a_disciplined_member_is_not_warned_about() {
        Table rating = new Table("Xếp loại đảng viên", ImportSheet.MEMBER_RATINGS.columns(), List.of(
                Arrays.asList("TEST-K1", 2019L, "KHTNV", null, null)));

        ImportReport report = imports.importFile(workbook(member("01/03/2019"), rating, discipline("Cảnh cáo")), "ky-luat.xlsx");

        assertThat(report.warnings()).isEmpty();
    }
}
