package vn.dangbo.dashboard.province.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dangbo.dashboard.organisation.CommitteeNode;
import vn.dangbo.dashboard.organisation.OrganisationLevel;
import vn.dangbo.dashboard.province.CommuneFigures;
import vn.dangbo.dashboard.ratings.RatingDistribution;

/** A province's charts stay the height of a page: beyond 25 communes they show the 25 furthest behind. */
class ProvinceChartsTest {

    private static CommuneFigures commune(int n, long admitted) {
        CommitteeNode node = new CommitteeNode(n, "xa-" + n, "Xã " + n, OrganisationLevel.COMMUNE, 1L, null, null);
        RatingDistribution none = new RatingDistribution(2025, Map.of(), Map.of());
        return new CommuneFigures(node, 0, 100, none, none, false, admitted, 20, 0, 0);
    }

    @Test
    void thirty_communes_are_charted_by_the_twenty_five_furthest_behind_their_target_lowest_first() {
        List<CommuneFigures> communes = new ArrayList<>();
        for (int n = 1; n <= 30; n++) {
            communes.add(commune(n, (n * 7L) % 31));
        }

        List<CommuneFigures> shown = ProvincePanels.lowest(communes, CommuneFigures::admissionShare);

        assertThat(shown).hasSize(ProvincePanels.CHARTED);
        assertThat(shown).extracting(CommuneFigures::admitted).isSorted();
        long highestShown = shown.getLast().admitted();
        assertThat(communes).filteredOn(c -> !shown.contains(c)).allMatch(c -> c.admitted() >= highestShown);
    }

    @Test
    void twenty_five_communes_or_fewer_are_all_charted_in_their_order() {
        List<CommuneFigures> communes = new ArrayList<>();
        for (int n = 1; n <= 25; n++) {
            communes.add(commune(n, 25 - n));
        }

        assertThat(ProvincePanels.lowest(communes, CommuneFigures::admissionShare)).containsExactlyElementsOf(communes);
    }
}
