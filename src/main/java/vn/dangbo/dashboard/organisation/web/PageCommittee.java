package vn.dangbo.dashboard.organisation.web;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import vn.dangbo.dashboard.base.security.CurrentUser;
import vn.dangbo.dashboard.base.security.SignedInUser;
import vn.dangbo.dashboard.base.ui.CommitteeRefused;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;
import vn.dangbo.dashboard.organisation.CommitteeNode;
import vn.dangbo.dashboard.organisation.CommitteeScope;

/**
 * The committee a page shows, fixed when the page opens from its address: a live update drawn later, on another
 * thread, reads within the same committee. A page under a committee the user's grant does not cover opens nothing
 * but the refusal, as a role's refusal does.
 */
@Component
@ConditionalOnWebApplication
public class PageCommittee implements VaadinServiceInitListener {
    private final CurrentUser currentUser;
    private final CommitteeDirectory directory;

    PageCommittee(CurrentUser currentUser, CommitteeDirectory directory) {
        this.currentUser = currentUser;
        this.directory = directory;
    }

    /** What a page knows of its committee: the scope it reads in, the committee its address named, the refusal. */
    record State(long scope, @Nullable CommitteeNode named, @Nullable CommitteeNode refused) {
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        CommitteeScope.readPagesFrom(PageCommittee::pageScope);
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            VaadinRequest request = VaadinRequest.getCurrent();
            ComponentUtil.setData(ui, State.class, new State(CommitteeScope.currentId(),
                    request == null ? null : (CommitteeNode) request.getAttribute(CommitteeAddressFilter.COMMITTEE),
                    request == null ? null : (CommitteeNode) request.getAttribute(CommitteeAccessFilter.REFUSED)));
            ui.addBeforeEnterListener(this::refuseOutsideGrant);
        });
    }

    private void refuseOutsideGrant(BeforeEnterEvent event) {
        State state = state(event.getUI());
        if (state != null && state.refused() != null && !event.isErrorEvent()) {
            String home = currentUser.get().map(SignedInUser::committeeId).flatMap(directory::byId)
                    .map(CommitteeNode::code).orElse(null);
            event.rerouteToError(new CommitteeRefused(home), "");
        }
    }

    private static @Nullable State state(UI ui) {
        return ui == null ? null : ComponentUtil.getData(ui, State.class);
    }

    private static OptionalLong pageScope() {
        State state = state(UI.getCurrent());
        return state == null ? OptionalLong.empty() : OptionalLong.of(state.scope());
    }
}
