package vn.dangbo.dashboard.statistics;

import java.util.Map;
import java.util.Optional;
import vn.dangbo.dashboard.inspection.InspectionKind;
import vn.dangbo.dashboard.inspection.InspectionSubject;
import vn.dangbo.dashboard.ratings.RatingLevel;

/**
 * What a year-end report says of the committee's year beyond its members' figures: the rating its superior gave it
 * (and whether it was singled out as exemplary), how many of its members rated HTXS were exemplary, and how many
 * cells, organisations and members it inspected and supervised.
 */
public record CommitteeYear(int year, Optional<RatingLevel> rating, boolean exemplary, long exemplaryMembers,
                            Map<InspectionKind, Map<InspectionSubject, Long>> inspections) {

    public long inspected(InspectionKind kind) {
        return inspections.getOrDefault(kind, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }
}
