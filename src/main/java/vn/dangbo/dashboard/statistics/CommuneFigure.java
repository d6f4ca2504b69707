package vn.dangbo.dashboard.statistics;

/** One commune's figure on a row of a province's form. */
public record CommuneFigure(long id, String code, String name, long figure) {
}
