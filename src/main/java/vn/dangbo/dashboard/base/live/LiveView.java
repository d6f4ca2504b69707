package vn.dangbo.dashboard.base.live;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.shared.Registration;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** Keeps a view subscribed to live updates while it is attached, redrawing it with its current state. */
public final class LiveView {
    private final LiveUpdates updates;
    private final Predicate<DataChanged> concerns;
    private final Runnable refresh;
    private @Nullable Registration subscription;

    private LiveView(Component view, LiveUpdates updates, Predicate<DataChanged> concerns, Runnable refresh) {
        this.updates = updates;
        this.concerns = concerns;
        this.refresh = refresh;
        view.addAttachListener(this::attached);
        view.addDetachListener(this::detached);
        if (view.isAttached()) {
            view.getUI().ifPresent(ui -> subscription = updates.subscribe(ui, concerns, refresh));
        }
    }

    /**
     * Subscribes the view on attach and unsubscribes on detach; {@code refresh} redraws it after a change to any of
     * the topics it shows.
     */
    public static void follow(Component view, LiveUpdates updates, Set<Topic> shown, Runnable refresh) {
        follow(view, updates, change -> change.concerns(shown), refresh);
    }

    /** The same, for a view whose topics depend on what it shows at the moment of the change. */
    public static void follow(Component view, LiveUpdates updates, Predicate<DataChanged> concerns, Runnable refresh) {
        new LiveView(view, updates, concerns, refresh);
    }

    private void attached(AttachEvent event) {
        if (subscription == null) {
            subscription = updates.subscribe(event.getUI(), concerns, refresh);
        }
    }

    private void detached(DetachEvent event) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }
}
