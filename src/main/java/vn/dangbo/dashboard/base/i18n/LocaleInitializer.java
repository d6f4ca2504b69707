package vn.dangbo.dashboard.base.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Vietnamese by default, whatever the browser says: the committee's laptops are often set to English. A user who
 * chooses English in the header keeps it for the session.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            VaadinSession session = uiEvent.getUI().getSession();
            Locale chosen = session.getAttribute(Locale.class);
            uiEvent.getUI().setLocale(chosen != null ? chosen : AppLocales.VIETNAMESE);
        });
    }
}
