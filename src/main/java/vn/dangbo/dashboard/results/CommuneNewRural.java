package vn.dangbo.dashboard.results;

/** The commune's new-rural criteria in a year: met of total, and the level recognised (null: none recorded). */
public record CommuneNewRural(int year, int met, int total, NewRuralStatus level) {

    public boolean allMet() {
        return met >= total;
    }
}
