package vn.dangbo.dashboard.organisation;

/** A cell as the dashboards list it. */
public record CellSummary(String code, String name, CellKind kind) {
}
