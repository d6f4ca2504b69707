package vn.dangbo.dashboard.base.live;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells every open dashboard and presentation that data changed, once the change is committed, so that they redraw
 * with server push. Views subscribe when attached and unsubscribe when detached.
 */
@Component
public class LiveUpdates {
    private final List<Consumer<DataChanged>> listeners = new CopyOnWriteArrayList<>();

    /** Runs {@code refresh} in the UI's session (pushed to its browser) after every committed change. */
    public Registration subscribe(UI ui, Runnable refresh) {
        Consumer<DataChanged> listener = change -> ui.access(refresh::run);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onDataChanged(DataChanged change) {
        listeners.forEach(listener -> listener.accept(change));
    }

    int subscribers() {
        return listeners.size();
    }
}
