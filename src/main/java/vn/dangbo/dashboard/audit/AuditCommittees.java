package vn.dangbo.dashboard.audit;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;
import vn.dangbo.dashboard.organisation.CommitteeNode;
import vn.dangbo.dashboard.organisation.CommitteeScope;

/**
 * Where an audit event belongs and who reads it: an event concerns one committee (the page's for a change, the
 * account's for a sign-in); a reader's page reads the events of the committees it covers (a commune's: the commune,
 * its partial committees and former communes; a province's: its communes too) and nothing of another. An event that
 * cannot be placed is read only where every committee is (a deployment-wide account); in a deployment of one
 * committee every event is that committee's.
 */
@Component
class AuditCommittees {
    private final CommitteeDirectory directory;

    AuditCommittees(CommitteeDirectory directory) {
        this.directory = directory;
    }

    /** The committee of something done now: the page's, else the only committee there is. */
    @Nullable Long ofWorkNow() {
        long scope = CommitteeScope.currentId();
        return scope > 0 ? Long.valueOf(scope) : orOnly(null);
    }

    /** The committee given, or when none the only committee of a one-committee deployment. */
    @Nullable Long orOnly(@Nullable Long committee) {
        if (committee != null || directory.many()) {
            return committee;
        }
        return directory.first().map(CommitteeNode::id).orElse(null);
    }

    /**
     * What a page reads of the log: every event (a deployment-wide page), or the events of some committees (never an
     * empty list, which not every database takes in an IN: a committee that does not exist stands for none).
     */
    record Reach(boolean everywhere, List<Long> committees) {
        static final Reach NONE = new Reach(false, List.of(-1L));
        static final Reach EVERYWHERE = new Reach(true, NONE.committees);
    }

    /** The committees whose events the current page reads, narrowed to one committee by its code within them. */
    Reach readable(@Nullable String narrowedTo) {
        long scope = CommitteeScope.currentId();
        if (scope == CommitteeScope.NOTHING) {
            return Reach.NONE;
        }
        Long granted = scope == CommitteeScope.ALL ? null : scope;
        Optional<CommitteeNode> narrowed = narrowedTo == null || narrowedTo.isBlank() ? Optional.empty()
                : directory.byCode(narrowedTo.trim()).filter(node -> directory.covers(granted, node.id()));
        if (narrowed.isPresent()) {
            return new Reach(false, ids(narrowed.get().id()));
        }
        return granted == null ? Reach.EVERYWHERE : new Reach(false, ids(granted));
    }

    /** The committees a page of the current scope may pick among to narrow its reading; empty for a single one. */
    List<CommitteeNode> choices() {
        long scope = CommitteeScope.currentId();
        if (scope == CommitteeScope.NOTHING || !directory.many()) {
            return List.of();
        }
        List<CommitteeNode> visible = directory.visibleTo(scope == CommitteeScope.ALL ? null : scope);
        return visible.size() > 1 ? visible : List.of();
    }

    private List<Long> ids(long committee) {
        return directory.visibleTo(committee).stream().map(CommitteeNode::id).toList();
    }
}
