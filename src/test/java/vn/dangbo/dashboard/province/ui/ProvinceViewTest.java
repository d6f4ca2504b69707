package vn.dangbo.dashboard.province.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangbo.dashboard.ProvinceDatabaseTest;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.chart.ApexChart;
import vn.dangbo.dashboard.chart.ChartOptions;
import vn.dangbo.dashboard.members.MemberService;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;
import vn.dangbo.dashboard.organisation.CommitteeNode;
import vn.dangbo.dashboard.organisation.CommitteeScope;
import vn.dangbo.dashboard.province.CommuneFigures;
import vn.dangbo.dashboard.ratings.RatingLevel;
import vn.dangbo.dashboard.ratings.RatingService;

@ProvinceDatabaseTest
class ProvinceViewTest extends UiTest {
    @Autowired CommitteeDirectory directory;
    @Autowired MemberService members;
    @Autowired RatingService ratings;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    private static List<CommuneFigures> rows() {
        Grid<CommuneFigures> grid = _get(Grid.class, spec -> spec.withId("communes-grid"));
        List<CommuneFigures> rows = new ArrayList<>();
        for (int i = 0; i < _size(grid); i++) {
            rows.add(_get(grid, i));
        }
        return rows;
    }

    private long id(String code) {
        return directory.byCode(code).orElseThrow().id();
    }

    @Test
    void the_province_board_sees_its_communes_side_by_side_adding_up_to_the_province() {
        signInAs("bantochuc.tinh", "tinh-mau");
        open("communes?term=2020-2025&year=2024");

        List<CommuneFigures> rows = rows();
        assertThat(rows).extracting(r -> r.commune().code())
                .containsExactlyElementsOf(directory.communesUnder(id("tinh-mau")).stream().map(CommitteeNode::code).toList())
                .hasSize(12).doesNotContain("mau-11-cu-a", "hai-nam");
        long provinceMembers = CommitteeScope.call(id("tinh-mau"), () -> members.currentMembership().total());
        assertThat(rows.stream().mapToLong(CommuneFigures::members).sum()).isEqualTo(provinceMembers).isPositive();
        for (RatingLevel level : RatingLevel.values()) {
            long province = CommitteeScope.call(id("tinh-mau"), () -> ratings.memberDistribution(2024).count(level));
            assertThat(rows.stream().mapToLong(r -> r.memberRatings().count(level)).sum()).as(level.name()).isEqualTo(province);
        }
        for (CommuneFigures row : rows) {
            long own = CommitteeScope.call(row.commune().id(), () -> members.currentMembership().total());
            assertThat(row.members()).as(row.commune().code()).isEqualTo(own);
        }
        assertThat(_get(Component.class, spec -> spec.withId("province-totals")).getElement().getTextRecursively())
                .contains("12 đảng bộ xã, phường", String.format("%,d", provinceMembers).replace(',', '.') + " đảng viên");
    }

    @Test
    void the_quota_column_flags_the_communes_that_rated_too_many_outstanding_in_a_year_the_rule_applies() {
        signInAs("bantochuc.tinh", "tinh-mau");
        open("communes?term=2020-2025&year=2022");

        for (CommuneFigures row : rows()) {
            var own = CommitteeScope.call(row.commune().id(), () -> ratings.memberDistribution(2022));
            assertThat(row.quotaBreached()).as(row.commune().code()).isEqualTo(ratings.outstandingQuotaBreached(own));
        }
        assertThat(rows()).anyMatch(CommuneFigures::quotaBreached);

        Grid<?> grid = _get(Grid.class, spec -> spec.withId("communes-grid"));
        assertThat(grid.getColumnByKey("quota")).isNotNull();
        assertThat(_get(Component.class, spec -> spec.withId("province-totals")).getElement().getTextRecursively())
                .contains("vượt quá 20% số HTT");

        open("communes?term=2025-2030&year=2025");
        Grid<?> notInForce = _get(Grid.class, spec -> spec.withId("communes-grid"));
        assertThat(notInForce.getColumnByKey("quota")).as("a rule not in force in 2025 has no column").isNull();
        assertThat(_get(Component.class, spec -> spec.withId("province-totals")).getElement().getTextRecursively())
                .as("…and no «0 đảng bộ» in the sums").doesNotContain("20%");
    }

    @Test
    void every_commune_opens_its_own_dashboards_and_a_merged_one_says_what_it_was_formed_from() {
        signInAs("bantochuc.tinh", "tinh-mau");
        open("communes?term=2020-2025&year=2024");

        List<CommuneFigures> rows = rows();
        Grid<CommuneFigures> grid = _get(Grid.class, spec -> spec.withId("communes-grid"));
        for (int i = 0; i < rows.size(); i++) {
            Component cell = _getCellComponent(grid, i, "name");
            Anchor link = cell instanceof Anchor a ? a : _get(cell, Anchor.class, spec -> { });
            assertThat(link.getHref()).isEqualTo("/" + rows.get(i).commune().code() + "/");
            assertThat(link.getText()).isEqualTo(rows.get(i).commune().name());
        }
        int mergedRow = rows.stream().map(r -> r.commune().code()).toList().indexOf("mau-12");
        assertThat(rows.get(mergedRow).formerCommunes()).isEqualTo(directory.formerOf(id("mau-12")).size()).isEqualTo(3);
        assertThat(_getCellComponent(grid, mergedRow, "name").getElement().getTextRecursively()).contains("hợp nhất từ 3 xã");
    }

    @Test
    void the_province_board_starts_on_its_communes_side_by_side_and_can_still_open_the_overview() {
        signInAs("bantochuc.tinh", "tinh-mau");
        assertThat(location()).as("where signing in lands").startsWith("communes");
        assertThat(rows()).isNotEmpty();
        open("");
        assertThat(location()).as("the menu's Tổng quan, afterwards").isEmpty();
    }

    @Test
    void a_commune_has_no_communes_to_compare() {
        signInAs("danguy.mau01", "mau-01");
        open("communes");

        assertThat(_find(Grid.class, spec -> spec.withId("communes-grid"))).isEmpty();
        assertThat(_get(Component.class, spec -> spec.withId("province-view")).getElement().getTextRecursively())
                .contains("không có đảng bộ xã, phường trực thuộc");
    }

    @Test
    void a_merged_communes_trends_mark_the_year_of_the_merger_and_other_communes_have_no_mark() {
        signInAs("danguy.mau11", "mau-11");
        open("ratings?term=2020-2025&year=2024");
        for (String chart : List.of("chart-trend", "chart-cells-trend")) {
            ChartOptions options = _get(ApexChart.class, spec -> spec.withId(chart)).getOptions();
            assertThat(options.annotations().xaxis()).singleElement().satisfies(mark -> {
                assertThat(mark.x()).isEqualTo("2025");
                assertThat(mark.label().text()).isEqualTo("Hợp nhất 1/7/2025");
            });
        }
        open("recruitment?term=2020-2025");
        assertThat(_get(ApexChart.class, spec -> spec.withId("chart-by-year")).getOptions().annotations().xaxis())
                .extracting(ChartOptions.XAnnotation::x).containsExactly("2025");
        String cell = jdbc.queryForObject("select min(code) from cell where committee_id = ?", String.class, id("mau-11"));
        open("cells/" + cell + "?term=2020-2025&year=2024");
        assertThat(_get(ApexChart.class, spec -> spec.withId("chart-cell-history")).getOptions().annotations().xaxis())
                .extracting(ChartOptions.XAnnotation::x).containsExactly("2025");

        signInAs("danguy.mau01", "mau-01");
        open("ratings?term=2020-2025&year=2024");
        assertThat(_get(ApexChart.class, spec -> spec.withId("chart-trend")).getOptions().annotations()).isNull();
    }

    @Test
    void a_merged_communes_ratings_split_by_former_commune_as_each_former_commune_reads_them() {
        signInAs("bantochuc.tinh", "mau-12");
        open("ratings?term=2020-2025&year=2022");

        ChartOptions options = _get(ApexChart.class, spec -> spec.withId("chart-trend-former")).getOptions();
        List<CommitteeNode> formers = directory.formerOf(id("mau-12"));
        assertThat(options.series()).hasSize(formers.size());
        int year2022 = options.xaxis().categories().indexOf("2022");
        for (int i = 0; i < formers.size(); i++) {
            ChartOptions.Series series = (ChartOptions.Series) options.series().get(i);
            assertThat(series.name()).isEqualTo(formers.get(i).name());
            var own = CommitteeScope.call(formers.get(i).id(), () -> ratings.memberDistribution(2022));
            assertThat(series.data().get(year2022).doubleValue())
                    .isCloseTo(own.shareOfRated(own.goodOrAbove()) * 100, org.assertj.core.data.Offset.offset(0.05));
        }

        signInAs("danguy.mau01", "mau-01");
        open("ratings?term=2020-2025&year=2022");
        assertThat(_find(ApexChart.class, spec -> spec.withId("chart-trend-former"))).isEmpty();
    }

    @Test
    void a_committees_name_with_markup_is_shown_as_text_in_the_table_the_header_and_the_picker() {
        String hostile = "<img src=x onerror=alert(1)>Xã <b>Mẫu</b>";
        String name = directory.byCode("mau-05").orElseThrow().name();
        jdbc.update("update party_committee set name = ? where code = 'mau-05'", hostile);
        directory.refresh();
        try {
            signInAs("bantochuc.tinh", "mau-05");
            open("communes");
            Component header = _get(Component.class, spec -> spec.withId("header-committee"));
            assertThat(header.getElement().getText()).isEqualTo(hostile);
            assertThat(header.getElement().getChildren()).allMatch(com.vaadin.flow.dom.Element::isTextNode);
            @SuppressWarnings("unchecked")
            var picker = (com.vaadin.flow.component.combobox.ComboBox<vn.dangbo.dashboard.base.ui.CommitteeHeading.Committee>)
                    _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("committee-picker"));
            assertThat(picker.getValue().name()).isEqualTo(hostile);

            signInAs("bantochuc.tinh", "tinh-mau");
            open("communes");
            Grid<CommuneFigures> grid = _get(Grid.class, spec -> spec.withId("communes-grid"));
            int row = rows().stream().map(r -> r.commune().code()).toList().indexOf("mau-05");
            Anchor link = (Anchor) _getCellComponent(grid, row, "name");
            assertThat(link.getText()).isEqualTo(hostile);
            assertThat(link.getElement().getChildren()).allMatch(com.vaadin.flow.dom.Element::isTextNode);
        } finally {
            jdbc.update("update party_committee set name = ? where code = 'mau-05'", name);
            directory.refresh();
        }
    }
}
