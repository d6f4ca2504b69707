package vn.dangbo.dashboard.base.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Figures shared between views: read once, kept until a change to their topic, never kept stale. */
class SharedFiguresTest {
    private final LiveUpdates updates = new LiveUpdates();
    private final SharedFigures figures = new SharedFigures(updates, 20_000, Duration.ofHours(1));
    private final AtomicInteger reads = new AtomicInteger();

    private Integer latestYear(long scope) {
        return figures.get(Topic.RATINGS, List.of("latest", scope), () -> 2020 + reads.incrementAndGet());
    }

    @Test
    void a_figure_is_read_once_per_scope_and_shared_until_its_topic_changes() {
        assertThat(latestYear(1)).isEqualTo(2021);
        assertThat(latestYear(1)).isEqualTo(2021);
        assertThat(latestYear(2)).as("another committee's figure is its own").isEqualTo(2022);

        updates.tell(new DataChanged("test", null, Topic.MEETINGS));
        assertThat(latestYear(1)).as("a change to another topic keeps it").isEqualTo(2021);

        updates.tell(new DataChanged("test", null, Topic.RATINGS));
        assertThat(latestYear(1)).isEqualTo(2023);
        assertThat(reads).hasValue(3);
    }

    @Test
    void a_figure_read_while_a_change_to_it_commits_is_used_but_not_kept() {
        Integer during = figures.get(Topic.RATINGS, List.of("latest", 1L), () -> {
            updates.tell(new DataChanged("test", null, Topic.RATINGS));
            return 1999;
        });

        assertThat(during).isEqualTo(1999);
        assertThat(latestYear(1)).isEqualTo(2021);
    }

    @Test
    void the_figures_kept_are_bounded_in_number_the_oldest_read_again() {
        SharedFigures small = new SharedFigures(new LiveUpdates(), 100, Duration.ofHours(1));
        for (long scope = 0; scope < 1_000; scope++) {
            long kept = scope;
            small.get(Topic.RATINGS, List.of("latest", scope), () -> kept);
        }

        assertThat(small.size()).as("a province's many scopes cannot fill the heap").isLessThanOrEqualTo(100);
    }

    @Test
    void a_figure_is_read_again_once_its_time_has_passed() throws Exception {
        SharedFigures brief = new SharedFigures(new LiveUpdates(), 100, Duration.ofMillis(1));
        AtomicInteger read = new AtomicInteger();
        brief.get(Topic.RATINGS, List.of("latest", 1L), read::incrementAndGet);
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (brief.size() > 0 && System.nanoTime() < until) {
            Thread.onSpinWait();
        }

        assertThat(brief.get(Topic.RATINGS, List.of("latest", 1L), read::incrementAndGet)).isEqualTo(2);
    }
}
