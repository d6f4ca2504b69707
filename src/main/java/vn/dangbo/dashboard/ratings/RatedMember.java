package vn.dangbo.dashboard.ratings;

/** A member as listed under a rating level. */
public record RatedMember(String code, String fullName, String cellCode, String cellName) {
}
