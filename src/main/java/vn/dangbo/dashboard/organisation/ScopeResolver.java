package vn.dangbo.dashboard.organisation;

import java.util.function.Supplier;

/** Gives the committee scope filter its parameter when a session opens: the current scope's committee. */
public class ScopeResolver implements Supplier<Long> {
    @Override
    public Long get() {
        return CommitteeScope.currentId();
    }
}
