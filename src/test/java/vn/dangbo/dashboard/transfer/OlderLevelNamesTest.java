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
import vn.dangbo.dashboard.ratings.RuleSet;

/** A workbook of a year before 2018, written with the level names of that time. */
@SeedDatabaseTest
class OlderLevelNamesTest {
    @Autowired ImportService imports;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removeThem() {
        jdbc.update("delete from member_rating where member_id in (select id from member where code like 'TEST%')");
        jdbc.update("delete from member where code like 'TEST%'");
        jdbc.update("delete from cell_rating where rating_year = 2013");
    }

    private static Table members() {
        return new Table("Đảng viên", ImportSheet.MEMBERS.neededColumns(), List.of(
                Arrays.asList("TEST-O1", "Vũ Văn Cũ", "Nam", 1960L, "X01", "Chính thức", "01/03/1990"),
                Arrays.asList("TEST-O2", "Vũ Thị Cũ", "Nữ", 1962L, "X01", "Chính thức", "01/03/1991")));
    }

    private static Table ratings(List<Object>... rows) {
        return new Table("Xếp loại đảng viên", ImportSheet.MEMBER_RATINGS.columns(), Arrays.asList(rows));
    }

    private String level(String member, int year) {
        return jdbc.queryForObject("select r.level from member_rating r join member m on m.id = r.member_id "
                + "where m.code = ? and r.rating_year = ?", String.class, member, year);
    }

    @Test
    void the_names_of_that_time_are_imported_mapped_onto_todays_four_levels() {
        imports.importFile(TableFiles.xlsx(List.of(members(),
                ratings(Arrays.asList("TEST-O1", 2016L, "Đủ tư cách, hoàn thành xuất sắc nhiệm vụ", null, null),
                        Arrays.asList("TEST-O2", 2016L, "Đủ tư cách hoàn thành tốt nhiệm vụ", null, null),
                        Arrays.asList("TEST-O1", 2015L, "Vi phạm tư cách", null, null),
                        Arrays.asList("TEST-O2", 2015L, "Hoàn thành nhiệm vụ", null, null)),
                new Table("Xếp loại chi bộ", ImportSheet.CELL_RATINGS.columns(), List.of(
                        Arrays.asList("X01", 2013L, "Trong sạch vững mạnh", null, null))))), "nam-2016.xlsx");

        assertThat(level("TEST-O1", 2016)).isEqualTo("OUTSTANDING");
        assertThat(level("TEST-O2", 2016)).as("without the comma too").isEqualTo("GOOD");
        assertThat(level("TEST-O1", 2015)).isEqualTo("FAILED");
        assertThat(level("TEST-O2", 2015)).isEqualTo("SATISFACTORY");
        assertThat(jdbc.queryForObject("select level from cell_rating r join cell c on c.id = r.cell_id "
                + "where c.code = 'X01' and r.rating_year = 2013", String.class)).isEqualTo("OUTSTANDING");
    }

    @Test
    void an_older_name_for_a_year_from_2018_is_refused_with_todays_names() {
        byte[] file = TableFiles.xlsx(List.of(members(), ratings(Arrays.asList("TEST-O1", 2019L, "Đủ tư cách, hoàn thành tốt nhiệm vụ",
                null, null), Arrays.asList("TEST-O2", 2019L, "Hoàn thành tốt nhiệm vụ", null, null))));

        assertThatThrownBy(() -> imports.importFile(file, "nam-2019.xlsx")).isInstanceOfSatisfying(ImportRejected.class,
                rejected -> assertThat(ShownProblem.of(rejected)).containsExactly(new ShownProblem("Xếp loại đảng viên", 2, "Mức",
                        "\"Đủ tư cách, hoàn thành tốt nhiệm vụ\" là tên mức trước năm 2018; năm 2019 ghi một trong: HTXS, HTT, HTNV, KHTNV")));
    }

    @Test
    void the_templates_guide_gives_the_mapping_of_the_older_names() {
        assertThat(ImportTemplate.howToWrite(ImportSheet.MEMBER_RATINGS.column("level")).vietnamese())
                .startsWith("một trong: HTXS, HTT, HTNV, KHTNV, hoặc ghi đủ: Hoàn thành xuất sắc nhiệm vụ")
                .contains("Đủ tư cách, hoàn thành tốt nhiệm vụ = HTT", "Trong sạch vững mạnh = HTXS", "Yếu kém = KHTNV");
    }

    @Test
    void each_year_is_labelled_with_the_guidance_in_force_and_the_years_before_2014_as_such() {
        assertThat(RuleSet.forYear(2013)).isEqualTo(RuleSet.BEFORE_2014);
        assertThat(RuleSet.forYear(2014)).isEqualTo(RuleSet.GUIDANCE_27);
        assertThat(RuleSet.forYear(2017)).isEqualTo(RuleSet.GUIDANCE_27);
        assertThat(RuleSet.forYear(2018)).isEqualTo(RuleSet.REGULATION_132_GUIDANCE_16);
        assertThat(RuleSet.forYear(2013).mappedLevels()).isTrue();
    }
}
