package vn.dangbo.dashboard.statistics.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangbo.dashboard.ProvinceDatabaseTest;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;
import vn.dangbo.dashboard.organisation.CommitteeScope;
import vn.dangbo.dashboard.statistics.StatisticForm;
import vn.dangbo.dashboard.statistics.StatisticsService;

@ProvinceDatabaseTest
class ProvinceStatisticsViewTest extends UiTest {
    @Autowired StatisticsService statistics;
    @Autowired CommitteeDirectory directory;

    @Test
    void a_provinces_figure_opens_its_communes_each_linking_to_that_communes_members() {
        long province = directory.byCode("tinh-mau").orElseThrow().id();
        var three = CommitteeScope.call(province, () -> statistics.fill(StatisticForm.F3, 2025));
        int row = three.line("stat.age.18-30").index();
        signInAs("bantochuc.tinh", "tinh-mau");

        open("statistics?year=2025&form=3&row=" + row + "&col=0");

        Div behind = _get(Div.class, spec -> spec.withId("statistics-behind"));
        assertThat(behind.getElement().getTextRecursively()).contains("Từ 18 đến 30 tuổi").contains("Đảng bộ xã Mẫu 01");
        List<Anchor> links = _find(behind, Anchor.class);
        assertThat(links).isNotEmpty().allSatisfy(link -> assertThat(link.getHref()).matches("/mau-\\d\\d/statistics\\?.*"));
        long total = links.stream().mapToLong(a -> Long.parseLong(a.getText())).sum();
        assertThat(total).isEqualTo(three.count("stat.age.18-30", 0));
    }
}
