package vn.dangbo.dashboard.records.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.records.RecordService;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.members.Gender;
import vn.dangbo.dashboard.members.MemberStatus;
import vn.dangbo.dashboard.transfer.ImportSheet;

class RecordsViewTest extends UiTest {
    @Autowired JdbcTemplate jdbc;
    @Autowired RecordService records;

    @AfterEach
    void removeWhatWasAdded() {
        jdbc.update("delete from award where title like 'TEST%'");
        jdbc.update("delete from candidate where full_name like 'TEST%'");
        jdbc.update("delete from member where code like 'TEST%'");
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private static Grid<List<String>> grid() {
        return _get(Grid.class, spec -> spec.withId("records-grid"));
    }

    private static TextField textField(int column) {
        return _get(TextField.class, spec -> spec.withId("field-" + column));
    }

    @Test
    void the_clerk_adds_an_award_and_sees_it_in_the_list() {
        signInAs("vanphong");
        open("records/khen-thuong");
        int before = _size(grid());

        _click(_get(Button.class, spec -> spec.withId("records-add")));
        textField(0).setValue("2020");
        textField(1).setValue("TEST Bằng khen của Tỉnh ủy");
        textField(2).setValue("Tỉnh ủy");
        _click(_get(Button.class, spec -> spec.withId("record-save")));

        assertThat(_size(grid())).isEqualTo(before + 1);
        assertThat(text("records-count")).startsWith((before + 1) + " dòng");
        assertThat(jdbc.queryForObject("select awarded_by from award where title = 'TEST Bằng khen của Tỉnh ủy'", String.class))
                .isEqualTo("Tỉnh ủy");
    }

    @Test
    void a_wrong_field_shows_its_reason_in_vietnamese_at_the_field() {
        signInAs("vanphong");
        open("records/khen-thuong");
        _click(_get(Button.class, spec -> spec.withId("records-add")));
        textField(0).setValue("năm ngoái");
        textField(1).setValue("TEST Giấy khen");
        _click(_get(Button.class, spec -> spec.withId("record-save")));

        assertThat(textField(0).isInvalid()).isTrue();
        assertThat(textField(0).getErrorMessage()).isEqualTo("\"năm ngoái\" không phải số nguyên");
        assertThat(textField(2).getErrorMessage()).isEqualTo("chưa nhập");
        assertThat(text("record-message")).isEqualTo("Chưa lưu: sửa các ô được đánh dấu.");
    }

    @Test
    void the_filter_ignores_diacritics_and_capitals() {
        signInAs("vanphong");
        open("records/khen-thuong");
        int all = _size(grid());
        _get(TextField.class, spec -> spec.withId("records-filter")).setValue("TINH UY");

        assertThat(_size(grid())).isBetween(1, all - 1);
        for (int i = 0; i < _size(grid()); i++) {
            assertThat(String.join(" ", _get(grid(), i))).containsIgnoringCase("Tỉnh ủy");
        }
    }

    @Test
    void the_search_and_the_sorting_are_written_in_the_address() {
        signInAs("vanphong");
        open("records/sinh-hoat-chi-bo");
        Grid<List<String>> grid = grid();

        _get(TextField.class, spec -> spec.withId("records-filter")).setValue("xom 1");
        assertThat(addressWrittenInPlace()).isEqualTo("records/sinh-hoat-chi-bo?q=xom%201");

        grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(grid.getColumnByKey("present"),
                com.vaadin.flow.data.provider.SortDirection.DESCENDING)));
        assertThat(addressWrittenInPlace()).contains("sort=-present").contains("q=xom%201");
    }

    @Test
    void the_list_opens_searched_and_sorted_as_its_address_says() {
        signInAs("vanphong");
        open("records/sinh-hoat-chi-bo?q=X01&sort=-present");
        Grid<List<String>> grid = grid();

        assertThat(_get(TextField.class, spec -> spec.withId("records-filter")).getValue()).isEqualTo("X01");
        List<Integer> present = java.util.stream.IntStream.range(0, _size(grid)).mapToObj(i -> Integer.valueOf(_get(grid, i).get(3)))
                .toList();
        assertThat(present).hasSizeGreaterThan(1).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        for (int i = 0; i < _size(grid); i++) {
            assertThat(_get(grid, i).getFirst()).isEqualTo("X01");
        }
    }

    @Test
    void a_hamlets_status_is_corrected_from_the_list_with_its_key_fixed() {
        signInAs("vanphong");
        open("records/nong-thon-moi");
        List<String> first = _get(grid(), 0);
        _get(RecordsView.class).open(first);

        assertThat(_get(ComboBox.class, spec -> spec.withId("field-0")).isReadOnly()).isTrue();
        assertThat(_get(ComboBox.class, spec -> spec.withId("field-2")).getValue()).isEqualTo(first.get(2));
    }

    @Test
    void numbers_sort_as_numbers_not_as_text() {
        signInAs("vanphong");
        open("records/sinh-hoat-chi-bo");
        Grid<List<String>> grid = grid();
        grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(grid.getColumns().get(3),
                com.vaadin.flow.data.provider.SortDirection.ASCENDING)));

        List<Integer> present = java.util.stream.IntStream.range(0, _size(grid)).mapToObj(i -> Integer.valueOf(_get(grid, i).get(3)))
                .toList();
        assertThat(present).isSorted();
        assertThat(present.getFirst()).isLessThan(10);
        assertThat(present.getLast()).isGreaterThan(10);
    }

    @Test
    void in_english_the_lists_and_forms_are_labelled_and_refused_in_english() {
        signInAs("vanphong");
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("en-GB"));
        open("records/khen-thuong");

        assertThat(_get(com.vaadin.flow.component.html.H2.class).getText()).isEqualTo("Records: Awards");
        assertThat(grid().getColumns().stream().map(vn.dangbo.dashboard.base.ui.Grids::headerText).toList())
                .containsExactly("Year", "Title", "Awarded by");
        _click(_get(Button.class, spec -> spec.withId("records-add")));
        assertThat(textField(2).getLabel()).isEqualTo("Awarded by");
        assertThat(textField(0).getHelperText()).startsWith("a whole number from 1950 to 2100; the key columns");

        textField(0).setValue("năm ngoái");
        _click(_get(Button.class, spec -> spec.withId("record-save")));
        assertThat(textField(0).getErrorMessage()).isEqualTo("\"năm ngoái\" is not a whole number");
        assertThat(textField(2).getErrorMessage()).isEqualTo("empty");
    }

    @Test
    void the_kind_is_in_the_address_and_an_unknown_one_is_explained() {
        signInAs("vanphong");
        open("records");
        assertThat(text("records-grid")).isNotNull();
        assertThat(_size(grid())).isEqualTo(25);

        open("records/tai-chinh");
        assertThat(text("records-unknown")).startsWith("Không có danh mục \"tai-chinh\". Các danh mục: Đảng bộ, Nhiệm kỳ, Chi bộ");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_candidate_awaiting_the_decision_is_admitted_as_a_probationary_member_and_leaves_the_pipeline() {
        records.save(ImportSheet.CANDIDATES, null, List.of("TEST Lò Văn Pọm", "X05", "Chờ quyết định kết nạp", "01/06/2020"));
        signInAs("vanphong");
        open("records/quan-chung-uu-tu");
        List<String> candidate = grid().getGenericDataView().getItems().filter(r -> r.getFirst().equals("TEST Lò Văn Pọm"))
                .findFirst().orElseThrow();
        _get(RecordsView.class).open(candidate);

        _click(_get(Button.class, spec -> spec.withId("record-admit")));

        assertThat(location()).contains("admit=TEST").contains("cell=X05");
        assertThat(_get(TextField.class, spec -> spec.withId("member-name")).getValue()).isEqualTo("TEST Lò Văn Pọm");
        assertThat(_get(Select.class, spec -> spec.withId("member-status")).getValue()).isEqualTo(MemberStatus.PROBATIONARY);
        _get(TextField.class, spec -> spec.withId("member-code")).setValue("TEST31");
        _get(Select.class, spec -> spec.withId("member-gender")).setValue(Gender.MALE);
        _get(IntegerField.class, spec -> spec.withId("member-birth-year")).setValue(1998);
        _click(_get(Button.class, spec -> spec.withId("member-save")));

        assertThat(jdbc.queryForObject("select status from member where code = 'TEST31'", String.class)).isEqualTo("PROBATIONARY");
        assertThat(jdbc.queryForObject("select count(*) from candidate where full_name = 'TEST Lò Văn Pọm'", Long.class)).isZero();
    }
}
