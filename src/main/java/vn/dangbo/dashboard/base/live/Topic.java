package vn.dangbo.dashboard.base.live;

import java.util.EnumSet;
import java.util.Set;

/** What kind of data a change concerns, so that a view redraws only for the data it shows. */
public enum Topic {
    /** The committee, its terms and its cells. */
    ORGANISATION,
    MEMBERS,
    RATINGS,
    MEETINGS,
    RECRUITMENT,
    TRAINING,
    /** The term's targets, awards and the new-rural hamlets. */
    RESULTS,
    /** The conclusions the committee's meetings record. */
    CONCLUSIONS;

    /** For a view that shows a little of everything, such as the overview. */
    public static Set<Topic> all() {
        return EnumSet.allOf(Topic.class);
    }
}
