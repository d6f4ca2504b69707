package vn.dangbo.dashboard.transfer;

import vn.dangbo.dashboard.base.Today;
import vn.dangbo.dashboard.base.i18n.Message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.SeedDatabaseTest;
import vn.dangbo.dashboard.base.table.Table;
import vn.dangbo.dashboard.base.table.TableFiles;

/** The office's sheets brought in: all or nothing, every problem reported, the same file twice changes nothing. */
@SeedDatabaseTest
class ImportServiceTest {
    @Autowired ImportService imports;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removeWhatTheTestsImported() {
        jdbc.update("delete from member_rating where member_id in (select id from member where code like 'TEST%')");
        jdbc.update("delete from training where member_id in (select id from member where code like 'TEST%')");
        jdbc.update("delete from member where code like 'TEST%'");
        jdbc.update("delete from cell_meeting where meeting_date > date '2020-06-30'");
        jdbc.update("delete from cell_rating where rating_year = 2020");
        jdbc.update("delete from award where title like 'TEST%'");
        jdbc.update("delete from hamlet_status where hamlet_id in (select id from hamlet where name like 'TEST%')");
        jdbc.update("delete from hamlet where name like 'TEST%'");
        jdbc.update("delete from candidate where full_name like 'TEST%'");
        jdbc.update("delete from cell where code like 'TEST%'");
    }

    private static Table members(List<Object>... rows) {
        return new Table("Đảng viên", ImportSheet.MEMBERS.columns(), Arrays.asList(rows));
    }

    private static List<Object> member(String code, String gender, String cell, String admitted) {
        return Arrays.asList(code, "Nguyễn Văn Thử", gender, 1990L, cell, "Chính thức", admitted, "", "Không", "Có");
    }

    private static byte[] workbook(Table... tables) {
        return TableFiles.xlsx(List.of(tables));
    }

    private byte[] aValidYear() {
        return workbook(members(member("TEST01", "Nam", "X01", "05/03/2018")),
                new Table("Xếp loại đảng viên", ImportSheet.MEMBER_RATINGS.columns(), List.of(
                        Arrays.asList("TEST01", 2019L, "HTT", null, null))),
                new Table("Xếp loại chi bộ", ImportSheet.CELL_RATINGS.columns(), List.of(
                        Arrays.asList("X01", 2020L, "HTXS", 92L, null))),
                new Table("Sinh hoạt chi bộ", ImportSheet.MEETINGS.columns(), List.of(
                        Arrays.asList("X01", "03/07/2020", "Thường kỳ", 20L, 23L, "Tốt"))));
    }

    @Test
    void a_valid_workbook_is_imported_whole() {
        ImportReport report = imports.importFile(aValidYear(), "nam-2020.xlsx");

        assertThat(report.added(ImportSheet.MEMBERS)).isEqualTo(1);
        assertThat(report.added(ImportSheet.MEMBER_RATINGS)).isEqualTo(1);
        assertThat(report.added(ImportSheet.CELL_RATINGS)).isEqualTo(1);
        assertThat(report.added(ImportSheet.MEETINGS)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select direct_worker from member where code = 'TEST01'", Boolean.class)).isTrue();
        assertThat(jdbc.queryForObject("select score from cell_rating where rating_year = 2020", Integer.class)).isEqualTo(92);
    }

    @Test
    void a_file_without_some_optional_columns_imports_and_keeps_what_is_recorded_in_them() {
        List<String> older = ImportSheet.MEMBERS.neededColumns();
        byte[] first = workbook(new Table("Đảng viên", older, List.of(Arrays.asList("TEST07", "Lê Văn Cũ", "Nam", 1970L, "X01",
                "Chính thức", "05/03/1998"))));

        ImportReport added = imports.importFile(first, "mau-cu.xlsx");

        assertThat(added.added(ImportSheet.MEMBERS)).isEqualTo(1);
        assertThat(jdbc.queryForMap("select political_theory, exempt, education from member where code = 'TEST07'"))
                .containsEntry("POLITICAL_THEORY", "NONE").containsEntry("EXEMPT", false).containsEntry("EDUCATION", null);

        jdbc.update("update member set education = '12/12', political_theory = 'INTERMEDIATE' where code = 'TEST07'");
        byte[] renamed = workbook(new Table("Đảng viên", older, List.of(Arrays.asList("TEST07", "Lê Văn Mới", "Nam", 1970L,
                "X01", "Chính thức", "05/03/1998"))));
        ImportReport changed = imports.importFile(renamed, "mau-cu.xlsx");

        assertThat(changed.changed(ImportSheet.MEMBERS)).isEqualTo(1);
        assertThat(jdbc.queryForMap("select full_name, political_theory, education from member where code = 'TEST07'"))
                .containsEntry("FULL_NAME", "Lê Văn Mới").containsEntry("POLITICAL_THEORY", "INTERMEDIATE")
                .containsEntry("EDUCATION", "12/12");
    }

    @Test
    void a_csv_without_some_optional_columns_is_still_known_by_its_headers() {
        String csv = "Năm,Danh hiệu,Cấp khen\r\n2020,TEST Bằng khen CSV,UBND tỉnh\r\n";

        ImportReport report = imports.importFile(csv.getBytes(StandardCharsets.UTF_8), "khen-thuong.csv");

        assertThat(report.added(ImportSheet.AWARDS)).isEqualTo(1);
        String members = String.join(",", ImportSheet.MEMBERS.neededColumns()) + "\r\nTEST08,Lê Thị Csv,Nữ,1980,X01,Dự bị,01/03/2025\r\n";
        assertThat(imports.importFile(members.getBytes(StandardCharsets.UTF_8), "dang-vien.csv").added(ImportSheet.MEMBERS))
                .isEqualTo(1);
    }

    @Test
    void a_file_without_a_required_column_is_refused_naming_it() {
        List<String> columns = new java.util.ArrayList<>(ImportSheet.MEMBERS.neededColumns());
        columns.remove("Ngày kết nạp");

        assertThatThrownBy(() -> imports.importFile(workbook(new Table("Đảng viên", columns, List.of())), "thieu.xlsx"))
                .hasMessageContaining("Ngày kết nạp");
    }

    @Test
    void importing_the_same_file_again_changes_nothing() {
        imports.importFile(aValidYear(), "nam-2020.xlsx");
        long members = jdbc.queryForObject("select count(*) from member", Long.class);

        ImportReport again = imports.importFile(aValidYear(), "nam-2020.xlsx");

        assertThat(again.changedAnything()).isFalse();
        assertThat(again.unchanged(ImportSheet.MEMBERS)).isEqualTo(1);
        assertThat(again.unchanged(ImportSheet.MEETINGS)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from member", Long.class)).isEqualTo(members);
    }

    @Test
    void a_workbook_with_errors_imports_nothing_and_reports_every_error() {
        byte[] file = workbook(
                members(member("TEST02", "Nam", "X01", "05/09/2018"), member("TEST03", "Trai", "ZZ", "31/02/2019")),
                new Table("Xếp loại đảng viên", ImportSheet.MEMBER_RATINGS.columns(), List.of(
                        Arrays.asList("TEST02", 2018L, "HTT", null, null))),
                new Table("Sinh hoạt chi bộ", ImportSheet.MEETINGS.columns(), List.of(
                        Arrays.asList("X01", "03/07/2020", "Thường kỳ", 30L, 23L, "Tốt"))));

        assertThatThrownBy(() -> imports.importFile(file, "loi.xlsx")).isInstanceOfSatisfying(ImportRejected.class,
                rejected -> assertThat(ShownProblem.of(rejected)).containsExactly(
                        new ShownProblem("Đảng viên", 3, "Giới tính", "\"Trai\" không hợp lệ; cần một trong: Nam, Nữ"),
                        new ShownProblem("Đảng viên", 3, "Mã chi bộ", "không có \"ZZ\" trong dữ liệu hay trang \"Chi bộ\""),
                        new ShownProblem("Đảng viên", 3, "Ngày kết nạp",
                                "\"31/02/2019\" không phải ngày dạng ngày/tháng/năm, ví dụ 03/02/2019"),
                        new ShownProblem("Xếp loại đảng viên", 2, "Mức", "Đảng viên kết nạp ngày 05/09/2018, chưa đủ 6 tháng "
                                + "đến kỳ xếp loại năm 2018: không xếp loại (lý do: kết nạp chưa đủ 6 tháng)."),
                        new ShownProblem("Sinh hoạt chi bộ", 2, "Có mặt", "Số có mặt (30) lớn hơn số phải dự (23).")));
        assertThat(jdbc.queryForObject("select count(*) from member where code like 'TEST%'", Long.class)).isZero();
    }

    @Test
    void a_file_replacing_many_values_lists_the_first_and_counts_them_all() {
        List<List<Object>> before = new java.util.ArrayList<>();
        List<List<Object>> after = new java.util.ArrayList<>();
        for (int i = 0; i < 600; i++) {
            before.add(Arrays.asList(2020L, "TEST Giấy khen " + i, "UBND huyện"));
            after.add(Arrays.asList(2020L, "TEST Giấy khen " + i, "UBND tỉnh"));
        }
        imports.importFile(workbook(new Table("Khen thưởng", ImportSheet.AWARDS.columns(), before)), "cu.xlsx");

        ImportPreview preview = imports.preview(workbook(new Table("Khen thưởng", ImportSheet.AWARDS.columns(), after)),
                "moi.xlsx");

        assertThat(preview.changeCount()).isEqualTo(600);
        assertThat(preview.changes()).hasSize(ImportWriter.CHANGES_KEPT)
                .allSatisfy(change -> assertThat(change.inFile()).isEqualTo("UBND tỉnh"));
    }

    @Test
    void two_clerks_confirming_the_same_file_at_the_same_moment_leave_no_row_doubled() throws Exception {
        List<List<Object>> awards = new java.util.ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            awards.add(Arrays.asList(2020L, "TEST Giấy khen " + i, "UBND huyện"));
        }
        byte[] file = workbook(new Table("Khen thưởng", ImportSheet.AWARDS.columns(), awards));
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        long page = vn.dangbo.dashboard.organisation.CommitteeScope.currentId();
        java.util.concurrent.Callable<Object> clerk = () -> {
            start.await();
            // Each clerk's request serves in the page's committee, as the web layer's filter sets it.
            try (var served = vn.dangbo.dashboard.organisation.CommitteeScope.serve(page)) {
                return imports.importFile(file, "khen-thuong.xlsx").added(ImportSheet.AWARDS);
            } catch (ImportRefused refused) {
                return refused.getMessage();
            }
        };
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(clerk);
            var second = pool.submit(clerk);
            start.countDown();
            List<Object> outcomes = List.of(first.get(), second.get());
            assertThat(outcomes).as("one added every row; the other was told to wait, or found nothing new")
                    .containsAnyOf(2_000).allSatisfy(outcome -> assertThat(outcome).isIn(2_000, 0,
                            "Một lần nhập dữ liệu khác đang chạy. Hãy chờ nó xong rồi nhập lại; chưa nhập dòng nào."));
            assertThat(outcomes).filteredOn(outcome -> Integer.valueOf(2_000).equals(outcome)).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("select count(*) from award where title like 'TEST Giấy khen %'", Long.class))
                .isEqualTo(2_000);
    }

    @Test
    void cells_candidates_trainings_awards_and_hamlets_are_imported_with_what_they_refer_to_in_the_same_file() {
        byte[] file = workbook(
                new Table("Chi bộ", ImportSheet.CELLS.columns(), List.of(Arrays.asList("TEST-C", "Chi bộ Thử", "Trường học"))),
                members(member("TEST05", "Nữ", "TEST-C", "01/01/2016")),
                new Table("Quần chúng ưu tú", ImportSheet.CANDIDATES.columns(), List.of(
                        Arrays.asList("TEST Lê Thị Hoa", "TEST-C", "Đang làm hồ sơ", "02/03/2020"))),
                new Table("Đào tạo", ImportSheet.TRAININGS.columns(), List.of(Arrays.asList("TEST05", "Đại học", 2017L))),
                new Table("Khen thưởng", ImportSheet.AWARDS.columns(), List.of(
                        Arrays.asList(2020L, "TEST Bằng khen", "UBND tỉnh"))),
                new Table("Thôn xóm", ImportSheet.HAMLETS.columns(), List.of(Arrays.asList("TEST Xóm Mới", "TEST-C"))),
                new Table("Nông thôn mới", ImportSheet.HAMLET_STATUSES.columns(), List.of(
                        Arrays.asList("TEST Xóm Mới", 2020L, "Nông thôn mới kiểu mẫu"))));

        ImportReport report = imports.importFile(file, "them.xlsx");

        assertThat(report.added(ImportSheet.CELLS)).isEqualTo(1);
        assertThat(report.added(ImportSheet.HAMLET_STATUSES)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select kind from cell where code = 'TEST-C'", String.class)).isEqualTo("SCHOOL");
        assertThat(jdbc.queryForObject("select stage from candidate where full_name = 'TEST Lê Thị Hoa'", String.class))
                .isEqualTo("APPLICATION");
        assertThat(jdbc.queryForObject("select programme from training t join member m on m.id = t.member_id "
                + "where m.code = 'TEST05'", String.class)).isEqualTo("UNIVERSITY");
        assertThat(jdbc.queryForObject("select s.status from hamlet_status s join hamlet h on h.id = s.hamlet_id "
                + "where h.name = 'TEST Xóm Mới'", String.class)).isEqualTo("MODEL");
        assertThat(imports.importFile(file, "them.xlsx").changedAnything()).isFalse();
    }

    @Test
    void a_repeated_key_a_term_ending_before_it_starts_and_scores_finer_than_hundredths_or_off_their_band_are_refused() {
        byte[] file = workbook(
                new Table("Nhiệm kỳ", ImportSheet.TERMS.columns(), List.of(Arrays.asList(2030L, 2025L))),
                new Table("Xếp loại chi bộ", ImportSheet.CELL_RATINGS.columns(), List.of(
                        Arrays.asList("X01", 2020L, "HTT", "91,255", null), Arrays.asList("X02", 2025L, "HTT", "92", null))),
                new Table("Khen thưởng", ImportSheet.AWARDS.columns(), List.of(
                        Arrays.asList(2020L, "TEST Cờ thi đua", "Tỉnh ủy"), Arrays.asList(2020L, "TEST Cờ thi đua", "UBND"))));

        assertThatThrownBy(() -> imports.importFile(file, "loi.xlsx")).isInstanceOfSatisfying(ImportRejected.class,
                rejected -> assertThat(ShownProblem.of(rejected)).containsExactly(
                        new ShownProblem("Nhiệm kỳ", 2, "Năm kết thúc", "năm kết thúc phải sau năm bắt đầu"),
                        new ShownProblem("Xếp loại chi bộ", 2, "Điểm", "91,255 có quá 2 chữ số sau dấu phẩy"),
                        new ShownProblem("Xếp loại chi bộ", 3, "Mức", "Từ năm 2025 (Quy định 366-QĐ/TW) điểm quyết định mức: "
                                + "92 điểm là HTXS, không phải HTT."),
                        new ShownProblem("Khen thưởng", 3, "Năm", "trùng với dòng 2 (cùng Năm, Danh hiệu)")));
        assertThat(jdbc.queryForObject("select count(*) from award where title like 'TEST%'", Long.class)).isZero();
    }

    @Test
    void the_member_forms_rules_hold_for_imported_rows_too() {
        String tomorrow = Today.inVietnam().plusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        byte[] file = workbook(members(member("TEST 07", "Nam", "X01", tomorrow)),
                new Table("Sinh hoạt chi bộ", ImportSheet.MEETINGS.columns(), List.of(
                        Arrays.asList("X01", tomorrow, "Thường kỳ", 20L, 23L, null))));

        assertThatThrownBy(() -> imports.importFile(file, "loi.xlsx")).isInstanceOfSatisfying(ImportRejected.class,
                rejected -> assertThat(ShownProblem.of(rejected)).containsExactly(
                        new ShownProblem("Đảng viên", 2, "Mã đảng viên", "Mã đảng viên gồm chữ không dấu, số, dấu chấm, gạch; tối đa 20 ký tự."),
                        new ShownProblem("Đảng viên", 2, "Ngày kết nạp", "Ngày kết nạp không thể ở tương lai."),
                        new ShownProblem("Sinh hoạt chi bộ", 2, "Ngày", "Ngày sinh hoạt không thể ở tương lai.")));
    }

    @Test
    void the_preview_lists_rows_and_problems_without_changing_anything() {
        ImportPreview preview = imports.preview(aValidYear(), "nam-2020.xlsx");
        assertThat(preview.importable()).isTrue();
        assertThat(preview.rows()).containsEntry(ImportSheet.MEMBERS, 1).containsEntry(ImportSheet.MEETINGS, 1);
        assertThat(preview.wouldDo().added(ImportSheet.MEMBERS)).isEqualTo(1);
        assertThat(preview.wouldDo().added(ImportSheet.MEMBER_RATINGS)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from member where code like 'TEST%'", Long.class)).isZero();
    }

    @Test
    void the_preview_says_what_importing_would_add_change_and_leave_even_for_rows_new_in_the_same_file() {
        imports.importFile(aValidYear(), "nam-2020.xlsx");
        byte[] again = workbook(members(member("TEST01", "Nam", "X01", "05/03/2018"), member("TEST06", "Nữ", "TEST-E", "01/02/2017")),
                new Table("Chi bộ", ImportSheet.CELLS.columns(), List.of(Arrays.asList("TEST-E", "Chi bộ Mới", "Khác"))),
                new Table("Xếp loại đảng viên", ImportSheet.MEMBER_RATINGS.columns(), List.of(
                        Arrays.asList("TEST01", 2019L, "HTXS", null, null), Arrays.asList("TEST06", 2019L, "HTT", null, null))));

        ImportPreview preview = imports.preview(again, "lan-2.xlsx");
        ImportReport wouldDo = preview.wouldDo();

        assertThat(wouldDo.added(ImportSheet.CELLS)).isEqualTo(1);
        assertThat(wouldDo.unchanged(ImportSheet.MEMBERS)).isEqualTo(1);
        assertThat(wouldDo.added(ImportSheet.MEMBERS)).isEqualTo(1);
        assertThat(wouldDo.changed(ImportSheet.MEMBER_RATINGS)).isEqualTo(1);
        assertThat(wouldDo.added(ImportSheet.MEMBER_RATINGS)).isEqualTo(1);
        assertThat(preview.changes()).containsExactly(
                new RowChange("Xếp loại đảng viên", 2, "TEST01 · 2019", "Mức", "HTT", "HTXS"));
        assertThat(jdbc.queryForObject("select count(*) from cell where code = 'TEST-E'", Long.class)).isZero();
    }

    @Test
    void a_csv_of_one_kind_is_imported_too() {
        imports.importFile(workbook(members(member("TEST04", "Nữ", "X02", "01/01/2015"))), "dv.xlsx");
        String csv = "\uFEFFMã đảng viên,Năm,Mức,Điểm,Lý do không xếp loại\r\nTEST04,2019,HTXS,,\r\n";

        ImportReport report = imports.importFile(csv.getBytes(StandardCharsets.UTF_8), "xep-loai.csv");

        assertThat(report.added(ImportSheet.MEMBER_RATINGS)).isEqualTo(1);
        assertThat(report.warnings()).singleElement().extracting(Message::vietnamese).asString().startsWith("Năm 2019: 1 đảng viên HTXS vượt 20%");
    }

    @Test
    void what_is_not_a_usable_spreadsheet_is_refused_with_the_reason() {
        assertThatThrownBy(() -> imports.importFile("không phải bảng tính".getBytes(StandardCharsets.UTF_8), "a.xlsx"))
                .isInstanceOf(ImportRefused.class).hasMessageContaining("không phải bảng tính Excel");
        assertThatThrownBy(() -> imports.importFile(new byte[0], "a.xlsx")).hasMessage("Tệp trống.");
        assertThatThrownBy(() -> imports.importFile(new byte[SpreadsheetReader.MAX_BYTES + 1], "a.xlsx"))
                .hasMessage("Tệp lớn hơn 5 MB; hãy chia thành nhiều tệp.");
        assertThatThrownBy(() -> imports.importFile(workbook(new Table("Đảng viên", List.of("Mã đảng viên", "Tên"),
                List.of())), "a.xlsx")).hasMessageStartingWith("Trang \"Đảng viên\" thiếu cột \"Họ và tên\"");
        assertThatThrownBy(() -> imports.importFile(workbook(new Table("Tài chính", List.of("A"), List.of())), "a.xlsx"))
                .hasMessageStartingWith("Trang \"Tài chính\" không có trong mẫu.");
        assertThatThrownBy(() -> imports.importFile(workbook(members()), "a.xlsx"))
                .hasMessage("Tệp không có dòng dữ liệu nào.");
    }
}
