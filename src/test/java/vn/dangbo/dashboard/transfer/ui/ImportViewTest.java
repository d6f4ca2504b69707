package vn.dangbo.dashboard.transfer.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.transfer.DataExport;
import vn.dangbo.dashboard.transfer.ImportService;
import vn.dangbo.dashboard.transfer.ImportSheet;
import vn.dangbo.dashboard.base.table.Table;
import vn.dangbo.dashboard.base.table.TableFiles;

class ImportViewTest extends UiTest {
    @Autowired JdbcTemplate jdbc;
    @Autowired DataExport export;

    @AfterEach
    void removeWhatWasImported() {
        jdbc.update("delete from member where code like 'TEST%'");
    }

    private static byte[] members(List<Object> row) {
        return TableFiles.xlsx(List.of(new Table("Đảng viên", ImportSheet.MEMBERS.columns(), List.of(row))));
    }

    /** Confirms the import, which runs in the background, and waits for its result to be pushed to the page. */
    private static void confirmAndWait() {
        UI ui = UI.getCurrent();
        _click(_get(Button.class, spec -> spec.withId("import-confirm")));
        long until = System.currentTimeMillis() + 20_000;
        while (_find(Component.class, spec -> spec.withId("import-ok")).isEmpty()
                && _find(Component.class, spec -> spec.withId("import-refused")).isEmpty()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("the import's result did not arrive");
            }
            receivePush(ui);
            Thread.onSpinWait();
        }
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void the_clerk_previews_then_imports_a_file() {
        signInAs("vanphong");
        open("import");
        _get(ImportView.class).receive("dv.xlsx", members(Arrays.asList("TEST21", "Lê Văn Thử", "Nam", 1980L, "X05",
                "Chính thức", "01/06/2012", "", "", "Có")));
        assertThat(text("import-counts")).isEqualTo("Trang \"Đảng viên\": 1 dòng — sẽ thêm 1, sửa 0, giữ nguyên 0");

        confirmAndWait();

        assertThat(text("import-ok")).isEqualTo("Đã nhập xong.");
        assertThat(text("import-done")).isEqualTo("Trang \"Đảng viên\": thêm 1, sửa 0, giữ nguyên 0");
    }

    @Test
    void a_file_that_would_replace_recorded_values_lists_each_before_importing() {
        signInAs("vanphong");
        open("import");
        _get(ImportView.class).receive("dv.xlsx", members(Arrays.asList("TEST23", "Lê Văn Thử", "Nam", 1980L, "X05",
                "Chính thức", "01/06/2012", "", "", "Có")));
        confirmAndWait();

        _get(ImportView.class).receive("dv-cu.xlsx", members(Arrays.asList("TEST23", "Lê Văn Thử", "Nam", 1980L, "X06",
                "Chính thức", "01/06/2012", "", "", "Có")));

        assertThat(text("import-changes-count")).startsWith("Nhập tệp này sẽ thay 1 giá trị đang có");
        @SuppressWarnings("unchecked")
        Grid<vn.dangbo.dashboard.transfer.RowChange> changes = _get(Grid.class, spec -> spec.withId("import-changes"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(changes, 0))
                .isEqualTo(new vn.dangbo.dashboard.transfer.RowChange("Đảng viên", 2, "TEST23", "Mã chi bộ", "X05", "X06"));
    }

    @Test
    void problems_are_listed_by_sheet_row_and_column_and_nothing_can_be_imported() {
        signInAs("vanphong");
        open("import");
        _get(ImportView.class).receive("dv.xlsx", members(Arrays.asList("TEST22", "Lê Văn Thử", "?", 1980L, "X99",
                "Chính thức", "01/06/2012", "", "", "")));
        assertThat(text("import-problems-count")).startsWith("2 lỗi");
        assertThat(_size(_get(Grid.class, spec -> spec.withId("import-problems")))).isEqualTo(2);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class, spec -> spec.withId("import-confirm"))).isEmpty();
    }

    @Test
    void each_problem_reads_in_the_readers_language_while_the_files_own_words_stay_vietnamese() {
        byte[] file = members(Arrays.asList("TEST22", "Lê Văn Thử", "?", 1980L, "X99", "Chính thức", "01/06/2012", "", "", ""));
        signInAs("vanphong");
        open("import");
        _get(ImportView.class).receive("dv.xlsx", file);
        assertThat(problemRows()).containsExactly(
                "Đảng viên | 2 | Giới tính | \"?\" không hợp lệ; cần một trong: Nam, Nữ",
                "Đảng viên | 2 | Mã chi bộ | không có \"X99\" trong dữ liệu hay trang \"Chi bộ\"");

        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        open("import");
        _get(ImportView.class).receive("dv.xlsx", file);
        assertThat(problemRows()).containsExactly(
                "Đảng viên | 2 | Giới tính | \"?\" is not valid; it must be one of: Nam, Nữ",
                "Đảng viên | 2 | Mã chi bộ | there is no \"X99\" in the data or on sheet \"Chi bộ\"");
    }

    /** The problems grid's rows as a reader sees them: sheet, row, column, reason. */
    @SuppressWarnings("unchecked")
    private static List<String> problemRows() {
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("import-problems"));
        List<String> rows = new java.util.ArrayList<>();
        for (int i = 0; i < _size(grid); i++) {
            rows.add(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, i).stream()
                    .collect(java.util.stream.Collectors.joining(" | ")));
        }
        return rows;
    }

    @Test
    void a_file_that_is_not_a_spreadsheet_is_refused_in_vietnamese() {
        signInAs("vanphong");
        open("import");
        _get(ImportView.class).receive("anh.xlsx", "GIF89a".getBytes(StandardCharsets.US_ASCII));
        assertThat(text("import-refused")).contains("không phải bảng tính Excel");
    }

    @Test
    void in_english_a_file_that_is_not_a_spreadsheet_is_refused_in_english() {
        signInAs("vanphong");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        open("import");
        _get(ImportView.class).receive("anh.xlsx", "GIF89a".getBytes(StandardCharsets.US_ASCII));
        assertThat(text("import-refused"))
                .isEqualTo("The file is not an Excel workbook (.xlsx) or a CSV (UTF-8) file, or it is damaged.");
    }

    @Test
    void the_upload_speaks_vietnamese_and_refuses_a_file_over_5_mb_in_the_browser_already() {
        signInAs("vanphong");
        open("import");
        com.vaadin.flow.component.upload.Upload upload = _get(com.vaadin.flow.component.upload.Upload.class,
                spec -> spec.withId("import-upload"));

        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("Chọn tệp…");
        assertThat(upload.getI18n().getDropFiles().getOne()).isEqualTo("Hoặc kéo tệp vào đây");
        assertThat(upload.getI18n().getError().getFileIsTooBig()).isEqualTo("Tệp lớn hơn 5 MB; hãy chia thành nhiều tệp.");
        assertThat(upload.getMaxFileSize()).isEqualTo(5 * 1024 * 1024);
    }

    @Test
    void a_preview_that_fails_on_the_server_says_so_in_vietnamese_and_offers_no_import() {
        signInAs("vanphong");
        open("");
        ImportService failing = mock(ImportService.class);
        when(failing.preview(any(), any())).thenThrow(new IllegalStateException("hỏng"));
        ImportView view = new ImportView(failing, export, Runnable::run);
        UI.getCurrent().add(view);

        view.receive("lon.csv", "x".getBytes(StandardCharsets.UTF_8));

        assertThat(text("import-refused")).isEqualTo("Không kiểm tra được tệp này do lỗi của máy chủ; chưa nhập dòng nào. "
                + "Hãy thử lại hoặc báo quản trị viên.");
        assertThat(_find(Button.class, spec -> spec.withId("import-confirm"))).isEmpty();
    }
}
