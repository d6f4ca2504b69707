package vn.dangbo.dashboard.organisation;

import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the committee scope filter its parameter: the committees the current scope covers, from the committee tree
 * (a commune: itself, its partial committees and former communes; a province: its communes too). No scope set reads
 * nothing and is logged as the bug it is. Made by Spring (Hibernate asks its bean container).
 */
public class ScopeResolver implements Supplier<List<Long>> {
    private static final Logger log = LoggerFactory.getLogger(ScopeResolver.class);
    private final CommitteeDirectory directory;

    public ScopeResolver(CommitteeDirectory directory) {
        this.directory = directory;
    }

    @Override
    public List<Long> get() {
        long scope = CommitteeScope.currentId();
        if (scope == CommitteeScope.UNSET) {
            log.warn("A party record was read with no committee scope set: nothing is read.", new IllegalStateException("no scope"));
        }
        return directory.covered(scope);
    }
}
