package vn.dangbo.dashboard.base.live;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Figures computed once and shared by every open view and every session until a change concerning them: kept by
 * topic and key (which must name the committee scope the figure was read in), dropped when a change to their topic
 * is committed here or on another server ({@link LiveUpdates}). A figure read while such a change commits is used
 * but not kept, so that nothing stale is kept.
 */
@Component
public class SharedFigures {
    private final Map<Topic, Map<List<Object>, Object>> figures = new EnumMap<>(Topic.class);
    private final Map<Topic, AtomicLong> generations = new EnumMap<>(Topic.class);

    SharedFigures(LiveUpdates updates) {
        for (Topic topic : Topic.values()) {
            figures.put(topic, new ConcurrentHashMap<>());
            generations.put(topic, new AtomicLong());
        }
        updates.listen(change -> change.topics().forEach(this::forget));
    }

    /** The figure kept under {@code key} for {@code topic}, or the one {@code compute} reads (then kept). */
    @SuppressWarnings("unchecked")
    public <T> T get(Topic topic, List<Object> key, Supplier<T> compute) {
        Map<List<Object>, Object> kept = figures.get(topic);
        Object figure = kept.get(key);
        if (figure != null) {
            return (T) figure;
        }
        long generation = generations.get(topic).get();
        T computed = compute.get();
        if (computed != null && generations.get(topic).get() == generation) {
            kept.put(key, computed);
        }
        return computed;
    }

    /** The same for a figure that may be absent (an absent one is kept too). */
    public <T> Optional<T> getOptional(Topic topic, List<Object> key, Supplier<Optional<T>> compute) {
        return get(topic, key, compute);
    }

    /** Drops every figure of a topic (also called for data written outside the services, e.g. a demo load). */
    public void forget(Topic topic) {
        generations.get(topic).incrementAndGet();
        figures.get(topic).clear();
    }

    /** Drops every figure. */
    public void forgetAll() {
        for (Topic topic : Topic.values()) {
            forget(topic);
        }
    }
}
