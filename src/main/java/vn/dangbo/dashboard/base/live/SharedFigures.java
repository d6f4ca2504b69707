package vn.dangbo.dashboard.base.live;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Figures computed once and shared by every open view and every session until a change concerning them: kept by
 * topic and key (which must name the committee scope the figure was read in), dropped when a change to their topic
 * is committed here or on another server ({@link LiveUpdates}). A figure read while such a change commits is used
 * but not kept, so that nothing stale is kept. The cache is Caffeine's, bounded in size and in time
 * ({@code dangbo.figures.max-size}, {@code dangbo.figures.keep-for}): a province's many committees and years cannot
 * fill the heap, and a figure no change reached (a day that turned) is read afresh at least that often.
 */
@Component
public class SharedFigures {
    private final Cache<Key, Object> figures;
    private final Map<Topic, AtomicLong> generations = new EnumMap<>(Topic.class);

    SharedFigures(LiveUpdates updates, @Value("${dangbo.figures.max-size:20000}") long maxSize,
                  @Value("${dangbo.figures.keep-for:PT1H}") Duration keepFor) {
        figures = Caffeine.newBuilder().maximumSize(maxSize).expireAfterWrite(keepFor).build();
        for (Topic topic : Topic.values()) {
            generations.put(topic, new AtomicLong());
        }
        updates.listen(change -> change.topics().forEach(this::forget));
    }

    /** The figure kept under {@code key} for {@code topic}, or the one {@code compute} reads (then kept). */
    @SuppressWarnings("unchecked") // a key is only ever kept with the type its callers read it as
    public <T> T get(Topic topic, List<Object> key, Supplier<T> compute) {
        Key kept = new Key(topic, key);
        Object figure = figures.getIfPresent(kept);
        if (figure != null) {
            return (T) figure;
        }
        AtomicLong changes = generation(topic);
        long generation = changes.get();
        T computed = compute.get();
        if (computed != null && changes.get() == generation) {
            figures.put(kept, computed);
        }
        return computed;
    }

    /** The same for a figure that may be absent (an absent one is kept too). */
    public <T> Optional<T> getOptional(Topic topic, List<Object> key, Supplier<Optional<T>> compute) {
        return get(topic, key, compute);
    }

    /** Drops every figure of a topic (also called for data written outside the services, e.g. a demo load). */
    public void forget(Topic topic) {
        generation(topic).incrementAndGet();
        figures.asMap().keySet().removeIf(key -> key.topic() == topic);
    }

    /** Drops every figure. */
    public void forgetAll() {
        for (Topic topic : Topic.values()) {
            forget(topic);
        }
    }

    /** How many figures are kept now (for the tests of the bound). */
    long size() {
        figures.cleanUp();
        return figures.estimatedSize();
    }

    private AtomicLong generation(Topic topic) {
        AtomicLong generation = generations.get(topic);
        if (generation == null) {
            throw new IllegalStateException("every topic has its generation from the start: " + topic);
        }
        return generation;
    }

    private record Key(Topic topic, List<Object> key) {
    }
}
