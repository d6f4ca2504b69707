package vn.dangbo.dashboard.members;

/** A member found by code or name, in any cell, and whether they have left the party. */
public record FoundMember(String code, String fullName, String cellCode, String cellName, boolean left) {
}
