package vn.dangbo.dashboard.organisation;

/** How many cells there are, and how many of them are hamlet cells (chi bộ xóm). */
public record CellCount(long total, long hamlet) {
}
