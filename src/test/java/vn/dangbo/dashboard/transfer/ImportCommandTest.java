package vn.dangbo.dashboard.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.Application;
import vn.dangbo.dashboard.SeedDatabaseTest;
import vn.dangbo.dashboard.base.table.Table;
import vn.dangbo.dashboard.base.table.TableFiles;

@SeedDatabaseTest
class ImportCommandTest {
    @Autowired ImportCommand command;
    @Autowired JdbcTemplate jdbc;
    @TempDir Path folder;

    @AfterEach
    void removeWhatWasImported() {
        jdbc.update("delete from member where code like 'TEST%'");
    }

    private String run(Path file, int expectedCode) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // As the command line runs it: no page, no request, no scope but what the command sets itself.
        try (vn.dangbo.dashboard.organisation.CommitteeScope.Entered none = vn.dangbo.dashboard.organisation.CommitteeScope
                .serve(vn.dangbo.dashboard.organisation.CommitteeScope.UNSET)) {
            assertThat(command.importFile(file, "", new PrintStream(out, true, StandardCharsets.UTF_8)))
                    .isEqualTo(expectedCode);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_office_script_imports_a_workbook_and_says_what_it_did() throws Exception {
        Path file = folder.resolve("dang-vien.xlsx");
        Files.write(file, TableFiles.xlsx(List.of(new Table("Đảng viên", ImportSheet.MEMBERS.columns(), List.of(
                Arrays.asList("TEST11", "Trần Thị Thử", "Nữ", 1985L, "X03", "Chính thức", "02/09/2010", "", "", ""))))));
        assertThat(run(file, 0)).startsWith("Đã nhập ").contains("Đảng viên: thêm 1, sửa 0, giữ nguyên 0");
        assertThat(run(file, 0)).contains("Đảng viên: thêm 0, sửa 0, giữ nguyên 1");
    }

    @Test
    void the_script_imports_as_the_committee_it_names_and_refuses_a_code_no_committee_has() throws Exception {
        Path file = folder.resolve("dang-vien.xlsx");
        Files.write(file, TableFiles.xlsx(List.of(new Table("Đảng viên", ImportSheet.MEMBERS.columns(), List.of(
                Arrays.asList("TEST12", "Lê Văn Thử", "Nam", 1980L, "X04", "Chính thức", "02/09/2009", "", "", ""))))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(command.importFile(file, "khong-co-xa", new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("không có đảng bộ nào mã \"khong-co-xa\"");
        assertThat(command.importFile(file, "hai-nam", new PrintStream(out, true, StandardCharsets.UTF_8))).isZero();
        assertThat(jdbc.queryForObject("select count(*) from member where code = 'TEST12'", Long.class)).isEqualTo(1);
    }

    @Test
    void a_file_over_5_mb_is_refused_without_being_read() throws Exception {
        Path file = folder.resolve("qua-lon.csv");
        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(700L * 1024 * 1024);
        }
        assertThat(run(file, 1)).isEqualTo("Không nhập " + file + ": tệp lớn hơn 5 MB; hãy chia thành nhiều tệp."
                + System.lineSeparator());
    }

    @Test
    void a_file_of_many_wrong_rows_lists_the_first_problems_and_counts_the_rest() throws Exception {
        Path file = folder.resolve("nhieu-loi.csv");
        Files.writeString(file, "Năm,Danh hiệu,Cấp khen\n" + "x,,\n".repeat(1_000));
        String said = run(file, 1);
        assertThat(said.lines().filter(line -> line.startsWith("  trang"))).hasSize(ImportPlan.PROBLEMS_KEPT);
        assertThat(said).contains("  … và " + (3_000 - ImportPlan.PROBLEMS_KEPT) + " lỗi khác.");
    }

    @Test
    void a_file_with_problems_exits_with_1_and_lists_them() throws Exception {
        Path file = folder.resolve("loi.xlsx");
        Files.write(file, TableFiles.xlsx(List.of(new Table("Đảng viên", ImportSheet.MEMBERS.columns(), List.of(
                Arrays.asList("TEST12", "", "Nữ", 1985L, "X03", "Chính thức", "02/09/2010", "", "", ""))))));
        assertThat(run(file, 1)).contains("trang \"Đảng viên\", dòng 2, cột \"Họ và tên\": chưa nhập");
        assertThat(run(folder.resolve("khong-co.xlsx"), 1)).startsWith("Không đọc được tệp ");
    }

    @Test
    void the_documented_command_runs_without_a_web_server_and_imports_the_file() throws Exception {
        Path file = folder.resolve("dang-vien.xlsx");
        Files.write(file, TableFiles.xlsx(List.of(new Table("Đảng viên", ImportSheet.MEMBERS.columns(), List.of(
                Arrays.asList("TEST13", "Vũ Văn Lệnh", "Nam", 1979L, "X04", "Chính thức", "12/12/2008", "", "", ""))))));

        String[] arguments = {"--dangbo.import=" + file, "--" + ImportCommand.EXIT_PROPERTY + "=false",
            "--spring.datasource.url=jdbc:h2:mem:dangbo-command;DB_CLOSE_DELAY=-1"};
        try (ConfigurableApplicationContext application = Application.application(arguments).run(arguments)) {
            JdbcTemplate database = application.getBean(JdbcTemplate.class);
            assertThat(database.queryForObject("select full_name from member where code = 'TEST13'", String.class))
                    .isEqualTo("Vũ Văn Lệnh");
        }
    }
}
