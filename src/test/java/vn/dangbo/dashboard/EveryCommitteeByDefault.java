package vn.dangbo.dashboard;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.dangbo.dashboard.organisation.CommitteeScope;

/**
 * A test's own calls to the services read as a deployment's own work does: every committee in scope, beneath
 * whatever scope the test then enters or serves (a signed-in page's, a committee's). Without it a test would read
 * nothing: no scope reads nothing, by design. Registered for every test (junit-platform.properties).
 */
public class EveryCommitteeByDefault implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
        AfterAllCallback {
    private static final ExtensionContext.Namespace SCOPE = ExtensionContext.Namespace.create(EveryCommitteeByDefault.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        enter(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        enter(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        leave(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        leave(context);
    }

    private static void enter(ExtensionContext context) {
        context.getStore(SCOPE).put("entered", CommitteeScope.serve(CommitteeScope.ALL));
    }

    private static void leave(ExtensionContext context) {
        CommitteeScope.Entered entered = context.getStore(SCOPE).remove("entered", CommitteeScope.Entered.class);
        if (entered != null) {
            entered.close();
        }
    }
}
