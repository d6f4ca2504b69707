package vn.dangbo.dashboard.ratings;

/** How many of a cell's current members have nothing recorded for a year: neither a level nor a reason. */
public record UnratedMembers(String cellCode, String cellName, long members) {
}
