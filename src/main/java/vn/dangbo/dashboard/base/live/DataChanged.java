package vn.dangbo.dashboard.base.live;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.i18n.Message;

/**
 * Published by a service, inside its transaction, when it changed data that dashboards show: what changed, in a
 * word, the details the audit log keeps (a message, rendered in its reader's language), and the topics it concerns (the views that show them redraw).
 */
public record DataChanged(String what, @Nullable Message details, Set<Topic> topics, @Nullable Long committee) {

    /**
     * @param committee the committee the change concerns when it is narrower than the page's scope (one commune's file
     *                  imported at a province's page); null: the scope's committees
     */
    public DataChanged {
        topics = Set.copyOf(topics);
    }

    public DataChanged(String what, @Nullable Message details, Set<Topic> topics) {
        this(what, details, topics, null);
    }

    public DataChanged(String what, Message details, Topic topic) {
        this(what, details, Set.of(topic), null);
    }

    /** Whether the change concerns any of these topics. */
    public boolean concerns(Set<Topic> shown) {
        return topics.stream().anyMatch(shown::contains);
    }
}
