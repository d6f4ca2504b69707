package vn.dangbo.dashboard.members;

/** How many current members a cell has. */
public record CellHeadcount(String cellCode, long members) {
}
