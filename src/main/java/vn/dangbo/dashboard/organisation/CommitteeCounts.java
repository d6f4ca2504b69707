package vn.dangbo.dashboard.organisation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts grouped by committee, as a map from the committee's id. */
public final class CommitteeCounts {

    private CommitteeCounts() {
    }

    public static Map<Long, Long> asMap(List<CommitteeCount> rows) {
        Map<Long, Long> byId = new HashMap<>();
        rows.forEach(row -> byId.merge(row.committeeId(), row.count(), Long::sum));
        return byId;
    }
}
