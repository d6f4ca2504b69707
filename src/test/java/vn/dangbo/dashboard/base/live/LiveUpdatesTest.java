package vn.dangbo.dashboard.base.live;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.base.ui.Tile;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.ratings.RatingLevel;
import vn.dangbo.dashboard.ratings.RatingService;
import vn.dangbo.dashboard.ratings.RatedMember;
import vn.dangbo.dashboard.results.TermResultService;
import vn.dangbo.dashboard.transfer.ImportSheet;
import vn.dangbo.dashboard.records.RecordService;

/** Two people looking at the data: when the office records a change, both screens show it without a reload. */
class LiveUpdatesTest extends UiTest {
    @Autowired TermResultService results;
    @Autowired RatingService ratings;
    @Autowired OrganisationService organisation;
    @Autowired LiveUpdates live;
    @Autowired RecordService records;

    @Test
    void a_target_result_recorded_reaches_an_open_presentation_and_an_open_overview() {
        var term = organisation.currentTerm().orElseThrow();
        BigDecimal recorded = results.targets(term).getFirst().result();
        open("present/2");
        UI hall = openAnotherBrowser();
        open("");
        UI office = UI.getCurrent();
        try {
            results.recordResult(term, 1, new BigDecimal("9.5"));

            receivePush(hall);
            receivePush(office);
            assertThat(text(hall)).contains("Chỉ tiêu kinh tế – xã hội: 10/11 đạt và vượt");
            assertThat(hall.getInternals().getActiveViewLocation().getPath()).isEqualTo("present/2");
            assertThat(_get(Tile.class, spec -> spec.withId("tile-targets")).getValue()).isEqualTo("10/11");
        } finally {
            results.recordResult(term, 1, recorded);
        }
    }

    @Test
    void an_award_added_in_danh_muc_reaches_an_open_overview() {
        open("");
        UI overview = UI.getCurrent();
        int before = text(overview).split("TEST Huân chương Lao động", -1).length;
        try {
            records.save(ImportSheet.AWARDS, null, java.util.List.of("2019", "TEST Huân chương Lao động", "Chủ tịch nước"));

            receivePush(overview);
            assertThat(text(overview).split("TEST Huân chương Lao động", -1).length).isGreaterThan(before);
        } finally {
            records.delete(ImportSheet.AWARDS, java.util.List.of("2019", "TEST Huân chương Lao động", "Chủ tịch nước"));
        }
    }

    @Test
    void a_rating_changed_reaches_the_ratings_view_on_the_same_year() {
        RatedMember member = ratings.membersAtLevel(2019, RatingLevel.SATISFACTORY, null).getFirst();
        open("ratings?year=2019");
        try {
            ratings.changeMemberRating(member.code(), 2019, RatingLevel.GOOD);

            receivePush(UI.getCurrent());
            assertThat(text(UI.getCurrent())).contains("Đảng viên năm 2019", "số đảng viên HTT (393)");
            assertThat(ratings.memberDistribution(2019).count(RatingLevel.SATISFACTORY)).isEqualTo(18);
        } finally {
            ratings.changeMemberRating(member.code(), 2019, RatingLevel.SATISFACTORY);
        }
    }

    @Test
    void a_view_listens_while_it_is_shown_and_stops_when_left() {
        open("present/1");
        int listening = live.subscribers();
        open("ratings");
        open("cells");
        open("recruitment");
        assertThat(live.subscribers()).isEqualTo(listening);
        open("presentation");
        assertThat(live.subscribers()).isEqualTo(listening - 1);
    }

    @Test
    void a_view_that_fails_to_redraw_does_not_stop_the_others() {
        open("ratings");
        UI ui = UI.getCurrent();
        java.util.concurrent.atomic.AtomicInteger redrawn = new java.util.concurrent.atomic.AtomicInteger();
        var failing = live.subscribe(ui, change -> true, () -> {
            throw new IllegalStateException("a broken view");
        });
        var working = live.subscribe(ui, change -> true, redrawn::incrementAndGet);
        try {
            live.onDataChanged(new DataChanged("test", null, Topic.RATINGS));
            receivePush(ui);

            assertThat(redrawn).hasValue(1);
        } finally {
            failing.remove();
            working.remove();
        }
    }

    @Test
    void a_ui_that_has_gone_is_dropped_without_being_called() {
        UI gone = org.mockito.Mockito.mock(UI.class);
        org.mockito.Mockito.when(gone.isClosing()).thenReturn(true);
        int before = live.subscribers();
        live.subscribe(gone, change -> true, () -> {
            throw new AssertionError("called a UI that has gone");
        });

        live.onDataChanged(new DataChanged("test", null, Topic.RATINGS));

        org.mockito.Mockito.verify(gone, org.mockito.Mockito.never()).access(org.mockito.ArgumentMatchers.any());
        assertThat(live.subscribers()).isEqualTo(before);
    }

    @Test
    void a_view_is_redrawn_only_for_a_change_to_what_it_shows() {
        open("recruitment");
        UI ui = UI.getCurrent();
        java.util.concurrent.atomic.AtomicInteger redrawn = new java.util.concurrent.atomic.AtomicInteger();
        var recruitmentOnly = live.subscribe(ui, change -> change.concerns(java.util.Set.of(Topic.RECRUITMENT)),
                redrawn::incrementAndGet);
        try {
            live.onDataChanged(new DataChanged("test", null, Topic.RATINGS));
            receivePush(ui);
            assertThat(redrawn).hasValue(0);

            live.onDataChanged(new DataChanged("test", null, java.util.Set.of(Topic.RATINGS, Topic.RECRUITMENT)));
            receivePush(ui);
            assertThat(redrawn).hasValue(1);
        } finally {
            recruitmentOnly.remove();
        }
    }

    @Test
    void a_burst_of_changes_while_a_redraw_waits_redraws_the_view_once() {
        open("ratings");
        UI ui = UI.getCurrent();
        java.util.concurrent.atomic.AtomicInteger redrawn = new java.util.concurrent.atomic.AtomicInteger();
        var counting = live.subscribe(ui, change -> true, redrawn::incrementAndGet);
        try {
            for (int i = 0; i < 50; i++) {
                live.tell(new DataChanged("test", null, Topic.RATINGS));
            }
            receivePush(ui);
            assertThat(redrawn).hasValue(1);

            live.tell(new DataChanged("test", null, Topic.RATINGS));
            receivePush(ui);
            assertThat(redrawn).hasValue(2);
        } finally {
            counting.remove();
        }
    }

    @Test
    void a_change_made_on_another_server_is_told_to_the_views_and_listeners_here() {
        open("ratings");
        UI ui = UI.getCurrent();
        java.util.List<DataChanged> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicInteger redrawn = new java.util.concurrent.atomic.AtomicInteger();
        var listener = live.listen(heard::add);
        var view = live.subscribe(ui, change -> change.concerns(java.util.Set.of(Topic.RATINGS)), redrawn::incrementAndGet);
        try {
            String payload = PostgresChangeRelay.payload("server-a",
                    new DataChanged("rating\nforged", null, java.util.Set.of(Topic.RATINGS, Topic.MEMBERS)));
            DataChanged arrived = PostgresChangeRelay.received("server-b", payload);
            live.tell(arrived);
            receivePush(ui);

            assertThat(redrawn).hasValue(1);
            assertThat(heard).singleElement().satisfies(change -> {
                assertThat(change.topics()).containsExactlyInAnyOrder(Topic.RATINGS, Topic.MEMBERS);
                assertThat(change.details()).isNull();
            });
            assertThat(PostgresChangeRelay.received("server-a", payload)).as("its own announcement").isNull();
            assertThat(PostgresChangeRelay.received("server-b", "not one of ours")).isNull();
            assertThat(PostgresChangeRelay.received("server-b", "x\nNO_SUCH_TOPIC\nwhat")).isNull();
        } finally {
            listener.remove();
            view.remove();
        }
    }

    @Test
    void an_award_recorded_in_danh_muc_concerns_the_results_alone() {
        java.util.List<DataChanged> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        open("ratings");
        var listening = live.subscribe(UI.getCurrent(), change -> told.add(change), () -> { });
        try {
            records.save(ImportSheet.AWARDS, null, java.util.List.of("2019", "TEST Bằng khen", "UBND tỉnh"));
        } finally {
            records.delete(ImportSheet.AWARDS, java.util.List.of("2019", "TEST Bằng khen", "UBND tỉnh"));
            listening.remove();
        }
        assertThat(told).extracting(DataChanged::topics).containsOnly(java.util.Set.of(Topic.RESULTS));
    }

    private static String text(UI ui) {
        return ui.getChildren().map(c -> c.getElement().getTextRecursively()).reduce("", String::concat);
    }
}
