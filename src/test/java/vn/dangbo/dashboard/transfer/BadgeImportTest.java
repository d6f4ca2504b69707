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

/** Party badges brought in from the office's sheet: the party's rules for them, and never one twice. */
@SeedDatabaseTest
class BadgeImportTest {
    @Autowired ImportService imports;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removeThem() {
        jdbc.update("delete from party_badge where member_id in (select id from member where code like 'TEST%')");
        jdbc.update("delete from member where code like 'TEST%'");
    }

    private static Table member() {
        return new Table("Đảng viên", ImportSheet.MEMBERS.columns(), List.of(Arrays.asList("TEST-H1", "Trần Văn Thử", "Nam",
                1960L, "X01", "Chính thức", "20/04/1995", "20/04/1996", "Không", "Không")));
    }

    private static Table badges(List<Object>... rows) {
        return new Table("Huy hiệu Đảng", ImportSheet.BADGES.columns(), Arrays.asList(rows));
    }

    private static byte[] workbook(Table... tables) {
        return TableFiles.xlsx(List.of(tables));
    }

    @Test
    void a_badge_presented_at_its_round_is_imported_and_exported_back_in_the_same_shape() {
        ImportReport report = imports.importFile(workbook(member(), badges(Arrays.asList("TEST-H1", 30L, "19/05/2025", null))),
                "huy-hieu.xlsx");

        assertThat(report.added(ImportSheet.BADGES)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select awarded_on from party_badge b join member m on m.id = b.member_id "
                + "where m.code = 'TEST-H1' and b.badge_years = 30", java.sql.Date.class)).hasToString("2025-05-19");
    }

    @Test
    void a_badge_before_its_time_is_refused_with_the_reason_unless_marked_early_with_its_ground() {
        byte[] early = workbook(member(), badges(Arrays.asList("TEST-H1", 30L, "03/02/2025", null)));

        assertThatThrownBy(() -> imports.importFile(early, "som.xlsx")).isInstanceOfSatisfying(ImportRejected.class,
                rejected -> assertThat(ShownProblem.of(rejected)).containsExactly(new ShownProblem("Huy hiệu Đảng", 2, "Ngày trao",
                        "Chưa đủ 30 năm tuổi Đảng: đến 20/04/2025 mới đủ. Trao sớm chỉ khi ốm nặng hoặc truy tặng "
                                + "(ghi ở cột Trao sớm vì)")));
        assertThat(jdbc.queryForObject("select count(*) from member where code = 'TEST-H1'", Long.class)).as("nothing imported")
                .isZero();

        ImportReport ill = imports.importFile(workbook(member(), badges(Arrays.asList("TEST-H1", 30L, "03/02/2025", "Ốm nặng"))),
                "som.xlsx");
        assertThat(ill.added(ImportSheet.BADGES)).isEqualTo(1);
    }

    @Test
    void the_same_badge_twice_is_refused_and_a_badge_that_does_not_exist_is_named() {
        byte[] twice = workbook(member(), badges(Arrays.asList("TEST-H1", 30L, "19/05/2025", null),
                Arrays.asList("TEST-H1", 30L, "02/09/2025", null), Arrays.asList("TEST-H1", 35L, "02/09/2025", null)));

        assertThatThrownBy(() -> imports.importFile(twice, "hai-lan.xlsx")).isInstanceOfSatisfying(ImportRejected.class,
                rejected -> assertThat(ShownProblem.of(rejected)).containsExactly(
                        new ShownProblem("Huy hiệu Đảng", 3, "Mã đảng viên",
                                "trùng với dòng 2 (cùng Mã đảng viên, Huy hiệu (năm tuổi Đảng))"),
                        new ShownProblem("Huy hiệu Đảng", 4, "Huy hiệu (năm tuổi Đảng)",
                                "Không có huy hiệu 35 năm tuổi Đảng; huy hiệu là: 30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90 năm")));
        assertThat(jdbc.queryForObject("select count(*) from party_badge", Long.class)).isZero();
    }
}
