package vn.dangbo.dashboard.base.live;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.shared.Registration;

/** Keeps a view subscribed to live updates while it is attached, redrawing it with its current state. */
public final class LiveView {
    private final LiveUpdates updates;
    private final Runnable refresh;
    private Registration subscription;

    private LiveView(Component view, LiveUpdates updates, Runnable refresh) {
        this.updates = updates;
        this.refresh = refresh;
        view.addAttachListener(this::attached);
        view.addDetachListener(this::detached);
        if (view.isAttached()) {
            view.getUI().ifPresent(ui -> subscription = updates.subscribe(ui, refresh));
        }
    }

    /** Subscribes the view on attach and unsubscribes on detach; {@code refresh} redraws it. */
    public static void follow(Component view, LiveUpdates updates, Runnable refresh) {
        new LiveView(view, updates, refresh);
    }

    private void attached(AttachEvent event) {
        if (subscription == null) {
            subscription = updates.subscribe(event.getUI(), refresh);
        }
    }

    private void detached(DetachEvent event) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }
}
