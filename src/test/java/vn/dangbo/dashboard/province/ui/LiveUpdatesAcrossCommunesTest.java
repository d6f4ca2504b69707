package vn.dangbo.dashboard.province.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.ProvinceDatabaseTest;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;
import vn.dangbo.dashboard.organisation.CommitteeScope;
import vn.dangbo.dashboard.ratings.RatingLevel;
import vn.dangbo.dashboard.ratings.RatingService;

/**
 * A change saved under one commune redraws the pages open under another on the saving request's thread: the redraw
 * reads the page's own commune, never the saver's.
 */
@ProvinceDatabaseTest
class LiveUpdatesAcrossCommunesTest extends UiTest {
    @Autowired RatingService ratings;
    @Autowired JdbcTemplate jdbc;
    @Autowired CommitteeDirectory directory;

    @Test
    void a_change_saved_in_another_commune_redraws_an_open_page_with_its_own_communes_figures() {
        signInAs("danguy.mau01", "mau-01");
        open("ratings?term=2020-2025&year=2024");
        Component shown = _get(Component.class, spec -> spec.withId("summary-rated"));
        String before = shown.getElement().getText();
        UI page = UI.getCurrent();
        String member = jdbc.queryForObject("""
                select min(m.code) from member m join cell c on c.id = m.cell_id join party_committee p on p.id = c.committee_id
                join member_rating r on r.member_id = m.id where p.code = 'mau-02' and r.rating_year = 2024 and r.level = 'GOOD'
                """, String.class);
        long other = directory.byCode("mau-02").orElseThrow().id();

        try (CommitteeScope.Entered saving = CommitteeScope.serve(other)) {
            UI.setCurrent(null);
            ratings.changeMemberRating(member, 2024, RatingLevel.OUTSTANDING);
            receivePush(page);
        } finally {
            UI.setCurrent(page);
        }

        Component redrawn = _get(Component.class, spec -> spec.withId("summary-rated"));
        assertThat(redrawn).as("the page was drawn again").isNotSameAs(shown);
        assertThat(redrawn.getElement().getText()).isEqualTo(before);
        try (CommitteeScope.Entered saving = CommitteeScope.serve(other)) {
            UI.setCurrent(null);
            ratings.changeMemberRating(member, 2024, RatingLevel.GOOD);
        } finally {
            UI.setCurrent(page);
        }
    }
}
