package vn.dangbo.dashboard.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.SeedDatabaseTest;
import vn.dangbo.dashboard.base.table.Table;
import vn.dangbo.dashboard.base.table.TableFiles;

/** The statistical profile on the members' sheet: the forms' words, full or short, read and checked like every column. */
@SeedDatabaseTest
class ProfileImportTest {
    @Autowired ImportService imports;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removeThem() {
        for (String table : List.of("party_card", "member_rating")) {
            jdbc.update("delete from " + table + " where member_id in (select id from member where code like 'TEST-P%')");
        }
        jdbc.update("delete from member where code like 'TEST-P%'");
    }

    /** A member's row with the profile columns given by header. */
    private static Table member(Map<String, Object> profile) {
        List<String> columns = ImportSheet.MEMBERS.columns();
        List<Object> row = new ArrayList<>(Arrays.asList("TEST-P1", "Phạm Văn Thử", "Nam", 1980L, "X01", "Chính thức",
                "01/03/2008", "01/03/2009"));
        while (row.size() < columns.size()) {
            row.add(profile.get(columns.get(row.size())));
        }
        return new Table("Đảng viên", columns, List.of(row));
    }

    private static byte[] workbook(Table... tables) {
        return TableFiles.xlsx(List.of(tables));
    }

    @Test
    void the_profile_in_the_forms_short_words_is_read_into_its_values() {
        imports.importFile(workbook(member(Map.of("Ngày sinh", "31/12/1980", "Dân tộc", "Khơ Me", "Tôn giáo", "Đạo Phật",
                "Giáo dục phổ thông", "THPT", "Chuyên môn nghiệp vụ", "Sơ cấp", "Chức danh khoa học", "PGS",
                "Nghề nghiệp", "Nông dân", "Đoàn viên", "Có", "Số thẻ đảng viên", "01234567"))), "ho-so.xlsx");

        assertThat(jdbc.queryForMap("""
                select ethnicity, religion, general_education, qualification, academic_title, occupation, youth_union,
                       card_number, birth_date from member where code = 'TEST-P1'""").values()).containsExactly("KHMER",
                "BUDDHIST", "UPPER_SECONDARY", "VOCATIONAL", "ASSOCIATE_PROFESSOR", "FARMER", true, "01234567",
                java.sql.Date.valueOf("1980-12-31"));
    }

    @Test
    void an_ethnicity_not_on_the_list_is_refused_at_its_cell_and_nothing_is_imported() {
        assertThatThrownBy(() -> imports.importFile(workbook(member(Map.of("Dân tộc", "Sao Hỏa"))), "ho-so.xlsx"))
                .isInstanceOfSatisfying(ImportRejected.class, rejected -> assertThat(ShownProblem.of(rejected))
                        .singleElement().satisfies(p -> {
                            assertThat(p.column()).isEqualTo("Dân tộc");
                            assertThat(p.row()).isEqualTo(2);
                        }));
        assertThat(jdbc.queryForObject("select count(*) from member where code = 'TEST-P1'", Long.class)).isZero();
    }

    @Test
    void a_birth_date_outside_the_birth_year_is_refused_in_vietnamese() {
        assertThatThrownBy(() -> imports.importFile(workbook(member(Map.of("Ngày sinh", "01/01/1979"))), "ho-so.xlsx"))
                .isInstanceOfSatisfying(ImportRejected.class, rejected -> assertThat(ShownProblem.of(rejected)).containsExactly(
                        new ShownProblem("Đảng viên", 2, "Ngày sinh", "Ngày sinh phải thuộc năm sinh 1980.")));
    }

    @Test
    void an_exemplary_mark_on_a_rating_below_htxs_is_refused() {
        Table rating = new Table("Xếp loại đảng viên", ImportSheet.MEMBER_RATINGS.columns(), List.of(
                Arrays.asList("TEST-P1", 2019L, "HTT", null, null, "Có")));

        assertThatThrownBy(() -> imports.importFile(workbook(member(Map.of()), rating), "ho-so.xlsx"))
                .isInstanceOfSatisfying(ImportRejected.class, rejected -> assertThat(ShownProblem.of(rejected)).containsExactly(
                        new ShownProblem("Xếp loại đảng viên", 2, "Tiêu biểu",
                                "Chỉ chọn tiêu biểu trong số được xếp loại Hoàn thành xuất sắc nhiệm vụ (HTXS).")));
    }

    @Test
    void a_party_card_of_a_member_imports_and_its_kind_is_one_of_the_forms() {
        Table cards = new Table("Thẻ đảng viên", ImportSheet.CARDS.columns(), List.of(
                Arrays.asList("TEST-P1", "05/05/2009", "Phát thẻ")));

        ImportReport report = imports.importFile(workbook(member(Map.of()), cards), "the.xlsx");

        assertThat(report.added(ImportSheet.CARDS)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select c.committee_id from party_card c join member m on m.id = c.member_id"
                + " where m.code = 'TEST-P1'", Long.class)).isNotNull();
    }
}
