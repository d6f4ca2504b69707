package vn.dangbo.dashboard.organisation;

/**
 * The committee above a committee, as a party document's first line names it: a committee recorded in the
 * database by its name, or only the district or province the committee was recorded under (then the document says
 * "Đảng bộ huyện …" or "Đảng bộ tỉnh …" from a template).
 */
public record Superior(Kind kind, String name) {
    public enum Kind { COMMITTEE, DISTRICT, PROVINCE }
}
