package vn.dangbo.dashboard.organisation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A committee as the tree knows it: its code, name, level, the committee above, and whether it was merged away. */
public record CommitteeNode(long id, String code, String name, OrganisationLevel level, @Nullable Long parentId, @Nullable Long mergedIntoId,
                            @Nullable LocalDate mergedOn) {

    /** A former commune, merged into a new one. */
    public boolean former() {
        return mergedIntoId != null;
    }
}
