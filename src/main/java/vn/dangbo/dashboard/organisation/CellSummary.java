package vn.dangbo.dashboard.organisation;

import org.jspecify.annotations.Nullable;

/** A cell as the dashboards list it. */
public record CellSummary(String code, String name, @Nullable CellKind kind) {
}
