package vn.dangbo.dashboard.base.live;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells every open dashboard and presentation that data changed, once the change is committed, so that they redraw
 * with server push; a view is told only of changes to what it shows (a change to ratings does not redraw the
 * recruitment). Views subscribe when attached and unsubscribe when detached. One view cannot stall the others:
 * a UI that has gone is dropped without being called, and a redraw that fails is logged and skipped.
 *
 * <p>Redraws are coalesced: while a view's redraw waits for its session, further changes do not queue more redraws
 * (an import of a thousand rows, or a burst of saves, redraws each view once). Changes committed on another server of
 * the same database arrive through {@link #tell} (see {@link PostgresChangeRelay}).
 */
@Component
public class LiveUpdates {
    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final List<Consumer<DataChanged>> listeners = new CopyOnWriteArrayList<>();

    private record Subscriber(UI ui, Predicate<DataChanged> concerns, Runnable refresh, AtomicBoolean pending) {
    }

    /**
     * Runs {@code refresh} in the UI's session (pushed to its browser) after every committed change that
     * {@code concerns} the view.
     */
    public Registration subscribe(UI ui, Predicate<DataChanged> concerns, Runnable refresh) {
        Subscriber subscriber = new Subscriber(ui, concerns, refresh, new AtomicBoolean());
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    /** Calls {@code listener} after every committed change, here or on another server (e.g. to drop cached figures). */
    public Registration listen(Consumer<DataChanged> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onDataChanged(DataChanged change) {
        tell(change);
    }

    /** Tells the listeners and the views concerned of a committed change. */
    public void tell(DataChanged change) {
        for (Consumer<DataChanged> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException failed) {
                log.error("A listener failed on {}; the others go on", change.what(), failed);
            }
        }
        for (Subscriber subscriber : subscribers) {
            UI ui = subscriber.ui();
            if (ui.isClosing() || ui.getSession() == null) {
                subscribers.remove(subscriber);
                continue;
            }
            if (!subscriber.concerns().test(change) || !subscriber.pending().compareAndSet(false, true)) {
                continue;
            }
            try {
                ui.access(() -> redraw(subscriber, change));
            } catch (RuntimeException gone) {
                log.debug("A UI went while {} was being told", change.what(), gone);
                subscribers.remove(subscriber);
            }
        }
    }

    private static void redraw(Subscriber subscriber, DataChanged change) {
        subscriber.pending().set(false);
        try {
            subscriber.refresh().run();
        } catch (RuntimeException failed) {
            log.error("A view failed to redraw after {}; the others go on", change.what(), failed);
        }
    }

    int subscribers() {
        return subscribers.size();
    }
}
