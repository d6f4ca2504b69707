package vn.dangbo.dashboard.base.ui;

import com.vaadin.flow.server.VaadinService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Draws a view in one read-only transaction: the services' reads join it, so a dashboard of twenty figures takes one
 * connection and one transaction instead of twenty, and reads them all from one moment of the data. Nothing written
 * while drawing (a view only reads; its clicks are handled outside).
 */
@Component
public class RenderTransaction {
    private final TransactionTemplate readOnly;

    RenderTransaction(PlatformTransactionManager transactions) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    public void run(Runnable drawing) {
        readOnly.executeWithoutResult(status -> drawing.run());
    }

    /** Runs {@code drawing} in the current Vaadin service's read-only transaction (or as it is, outside one). */
    public static void draw(Runnable drawing) {
        VaadinService service = VaadinService.getCurrent();
        if (service == null) {
            drawing.run();
            return;
        }
        service.getInstantiator().getOrCreate(RenderTransaction.class).run(drawing);
    }
}
