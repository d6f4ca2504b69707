package vn.dangbo.dashboard.results;

/** In one year: hamlets recorded, those at the advanced standard or above, and those at the model standard. */
public record NewRuralCount(int year, long hamlets, long advancedOrAbove, long model) {
}
