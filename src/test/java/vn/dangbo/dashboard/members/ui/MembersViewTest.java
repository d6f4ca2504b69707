package vn.dangbo.dashboard.members.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.members.MemberService;
import vn.dangbo.dashboard.ratings.RatingLevel;

class MembersViewTest extends UiTest {
    @Autowired MemberService members;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void the_cell_in_the_address_lists_its_current_members() {
        signInAs("vanphong");
        open("members?cell=X02");
        assertThat(_size(_get(Grid.class, spec -> spec.withId("members-grid")))).isEqualTo(members.currentMembersOf("X02").size());
    }

    @Test
    void a_required_field_left_empty_is_marked_at_the_field_in_vietnamese() {
        signInAs("vanphong");
        open("members?cell=X02");
        _click(_get(Button.class, spec -> spec.withId("member-add")));
        _click(_get(Button.class, spec -> spec.withId("member-save")));

        TextField name = _get(TextField.class, spec -> spec.withId("member-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Cần nhập họ và tên.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("member-message")).getText())
                .isEqualTo("Hãy sửa các ô báo lỗi rồi lưu lại.");
    }

    @Test
    void in_english_a_required_field_left_empty_is_marked_in_english() {
        signInAs("vanphong");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        open("members?cell=X02");
        _click(_get(Button.class, spec -> spec.withId("member-add")));
        _click(_get(Button.class, spec -> spec.withId("member-save")));

        assertThat(_get(TextField.class, spec -> spec.withId("member-name")).getErrorMessage())
                .isEqualTo("Enter the full name.");
    }

    @Test
    void a_member_transferred_in_is_recorded_with_the_day_and_not_before_admission() {
        signInAs("vanphong");
        open("members?cell=X02");
        _clickItem(_get(Grid.class, spec -> spec.withId("members-grid")), 0, 1, false);
        String code = _get(TextField.class, spec -> spec.withId("member-code")).getValue();
        com.vaadin.flow.component.datepicker.DatePicker transferredIn = _get(com.vaadin.flow.component.datepicker.DatePicker.class,
                spec -> spec.withId("member-transferred-in"));
        java.time.LocalDate admitted = _get(com.vaadin.flow.component.datepicker.DatePicker.class,
                spec -> spec.withId("member-admission")).getValue();
        try {
            transferredIn.setValue(admitted.minusDays(1));
            _click(_get(Button.class, spec -> spec.withId("member-save")));
            assertThat(_get(com.vaadin.flow.component.Component.class, spec -> spec.withId("member-message")).getElement().getText())
                    .contains("Ngày chuyển đến không được trước ngày kết nạp");

            transferredIn.setValue(admitted.plusYears(1));
            _click(_get(Button.class, spec -> spec.withId("member-save")));
            assertThat(jdbc.queryForObject("select transferred_in_date from member where code = ?", java.sql.Date.class, code)
                    .toLocalDate()).isEqualTo(admitted.plusYears(1));
        } finally {
            jdbc.update("update member set transferred_in_date = null where code = ?", code);
        }
    }

    @Test
    void the_statistical_profile_is_edited_on_the_members_form_and_a_birth_date_outside_the_birth_year_refused() {
        signInAs("vanphong");
        open("members?cell=X02");
        _clickItem(_get(Grid.class, spec -> spec.withId("members-grid")), 0, 1, false);
        String code = _get(TextField.class, spec -> spec.withId("member-code")).getValue();
        int born = _get(IntegerField.class, spec -> spec.withId("member-birth-year")).getValue();
        String before = jdbc.queryForObject("select ethnicity from member where code = ?", String.class, code);
        try {
            @SuppressWarnings("unchecked")
            com.vaadin.flow.component.combobox.ComboBox<vn.dangbo.dashboard.members.Ethnicity> ethnicity =
                    _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("member-ethnicity"));
            ethnicity.setValue(vn.dangbo.dashboard.members.Ethnicity.MUONG);
            com.vaadin.flow.component.datepicker.DatePicker birthDate = _get(com.vaadin.flow.component.datepicker.DatePicker.class,
                    spec -> spec.withId("member-birth-date"));
            birthDate.setValue(java.time.LocalDate.of(born - 1, 5, 5));
            _click(_get(Button.class, spec -> spec.withId("member-save")));
            assertThat(_get(com.vaadin.flow.component.Component.class, spec -> spec.withId("member-message")).getElement().getText())
                    .isEqualTo("Ngày sinh phải thuộc năm sinh " + born + ".");

            birthDate.setValue(java.time.LocalDate.of(born, 5, 5));
            _click(_get(Button.class, spec -> spec.withId("member-save")));
            assertThat(jdbc.queryForMap("select ethnicity, birth_date from member where code = ?", code).values())
                    .containsExactly("MUONG", java.sql.Date.valueOf(java.time.LocalDate.of(born, 5, 5)));
        } finally {
            jdbc.update("update member set ethnicity = ?, birth_date = null where code = ?", before, code);
        }
    }

    @Test
    void clicking_a_member_opens_their_record() {
        signInAs("vanphong");
        open("members?cell=X02");
        _clickItem(_get(Grid.class, spec -> spec.withId("members-grid")), 0, 1, false);
        assertThat(_get(TextField.class, spec -> spec.withId("member-code")).isReadOnly()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("member-name")).getValue()).isNotBlank();
    }

    @Test
    void the_cell_rating_form_opens_on_the_year_the_page_shows_or_else_the_year_to_rate_now() {
        signInAs("vanphong");
        open("members?cell=X02&year=2019");
        assertThat(_get(IntegerField.class, spec -> spec.withId("cell-rating-year")).getValue()).isEqualTo(2019);
        open("members?cell=X02");
        assertThat(_get(IntegerField.class, spec -> spec.withId("cell-rating-year")).getValue())
                .isEqualTo(vn.dangbo.dashboard.ratings.ui.RatingEntry.yearToRate(vn.dangbo.dashboard.base.Today.inVietnam()));
        assertThat(vn.dangbo.dashboard.ratings.ui.RatingEntry.yearToRate(java.time.LocalDate.of(2026, 12, 5)))
                .as("December: the year-end review of this year").isEqualTo(2026);
        assertThat(vn.dangbo.dashboard.ratings.ui.RatingEntry.yearToRate(java.time.LocalDate.of(2026, 3, 1))).isEqualTo(2025);
        open("members?cell=X02&year=abc");
        assertThat(_get(IntegerField.class, spec -> spec.withId("cell-rating-year")).getValue())
                .as("a year that is no year is ignored").isNotNull();
    }

    /** The rating column's text in every row of the members' list. */
    private static java.util.List<String> ratingsShown() {
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("members-grid"));
        java.util.List<String> shown = new java.util.ArrayList<>();
        for (int i = 0; i < _size(grid); i++) {
            shown.add(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(grid, i, "rating"));
        }
        return shown;
    }

    @Test
    void the_members_list_shows_the_year_s_rating_and_can_keep_only_those_not_yet_rated() {
        signInAs("vanphong");
        open("members?cell=X01&year=2019");
        assertThat(vn.dangbo.dashboard.base.ui.Grids.headerText(_get(Grid.class, spec -> spec.withId("members-grid"))
                .getColumnByKey("rating"))).isEqualTo("Xếp loại 2019");
        java.util.List<String> all = ratingsShown();
        assertThat(all).contains("HTT", "Không xếp loại (miễn sinh hoạt)")
                .allMatch(text -> text.matches("HTXS|HTT|HTNV|KHTNV|Chưa xếp loại|Không xếp loại \\([^.]+\\)"));
        long unrated = all.stream().filter("Chưa xếp loại"::equals).count();

        _get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("members-unrated")).setValue(true);
        assertThat(location()).contains("unrated=1").contains("year=2019");
        assertThat(ratingsShown()).hasSize((int) unrated).allMatch("Chưa xếp loại"::equals);

        open("members?cell=X01&year=2020&unrated=1");
        assertThat(ratingsShown()).as("nobody rated for 2020 in the seed: every member listed").hasSize(all.size())
                .allMatch("Chưa xếp loại"::equals);
    }

    /** Enters a cell's rating below its members on the open page, saves it, and returns what the page says. */
    private static String saveCellRating(int year, RatingLevel level, String score) {
        _get(IntegerField.class, spec -> spec.withId("cell-rating-year")).setValue(year);
        @SuppressWarnings("unchecked")
        Select<RatingLevel> levels = _get(Select.class, spec -> spec.withId("cell-rating-level"));
        levels.setValue(level);
        _get(BigDecimalField.class, spec -> spec.withId("cell-rating-score")).setValue(score == null ? null : new BigDecimal(score));
        _click(_get(Button.class, spec -> spec.withId("cell-rating-save")));
        return _get(Paragraph.class, spec -> spec.withId("cell-rating-message")).getText();
    }

    @Test
    void the_cells_yearly_rating_is_entered_below_its_members() {
        signInAs("vanphong");
        open("members?cell=X07");
        try {
            assertThat(saveCellRating(2020, RatingLevel.GOOD, null)).isEqualTo("Đã lưu xếp loại năm 2020 của Chi bộ xóm 7.");
        } finally {
            jdbc.update("delete from cell_rating where rating_year = 2020");
        }
    }

    @Test
    void a_rating_that_breaks_a_party_rule_is_refused_in_the_readers_language() {
        signInAs("vanphong");
        open("members?cell=X07");
        assertThat(saveCellRating(2025, RatingLevel.OUTSTANDING, "85"))
                .isEqualTo("Từ năm 2025 (Quy định 366-QĐ/TW) điểm quyết định mức: 85 điểm là HTT, không phải HTXS.");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        open("members?cell=X07");
        assertThat(saveCellRating(2025, RatingLevel.OUTSTANDING, "85"))
                .isEqualTo("From 2025 (Regulation 366-QĐ/TW) the score decides the level: 85 points is HTT, not HTXS.");
        assertThat(jdbc.queryForObject("select count(*) from cell_rating where rating_year = 2025 and score = 85", Long.class))
                .isZero();
    }

    @Test
    void a_member_is_found_by_code_in_any_cell_and_opens_from_the_address() {
        signInAs("vanphong");
        open("members?cell=X01");
        _get(TextField.class, spec -> spec.withId("member-search-text")).setValue("hn0427");

        @SuppressWarnings("unchecked")
        Grid<vn.dangbo.dashboard.members.FoundMember> found = _get(Grid.class, spec -> spec.withId("member-search-results"));
        assertThat(_size(found)).isEqualTo(1);
        _clickItem(found, 0);

        assertThat(location()).isEqualTo("members?cell=YT&code=HN0427");
        assertThat(_get(TextField.class, spec -> spec.withId("member-code")).getValue()).isEqualTo("HN0427");
        assertThat(_get(TextField.class, spec -> spec.withId("member-name")).getValue()).isEqualTo("Ngô Văn Hải");
    }

    @Test
    void members_who_left_are_found_too_and_marked() {
        String leftCode = jdbc.queryForObject("select min(code) from member where left_date is not null", String.class);

        assertThat(members.search(leftCode, 10)).singleElement().matches(vn.dangbo.dashboard.members.FoundMember::left);
        assertThat(members.search("nguyễn", 1000)).isNotEmpty()
                .allMatch(m -> vn.dangbo.dashboard.base.i18n.Folding.fold(m.fullName()).contains("nguyen"));
        assertThat(members.search("  ", 10)).isEmpty();
    }
}
