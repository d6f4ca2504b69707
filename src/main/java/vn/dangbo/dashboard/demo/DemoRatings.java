package vn.dangbo.dashboard.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * The demo commune's annual ratings. 2019 is the article's year: 89 outstanding, 19 satisfactory, none failed of 500
 * rated; 4 of 25 cells outstanding and all 25 completing their tasks. The other years are synthetic but plausible.
 */
final class DemoRatings {
    /** Per year from 2015: members rated outstanding, satisfactory, failed, as shares of those rated (failed: a count). */
    private static final double[] OUTSTANDING_SHARE = {0.140, 0.150, 0.150, 0.155};
    private static final double[] SATISFACTORY_SHARE = {0.060, 0.050, 0.050, 0.045};
    private static final int[] FAILED = {1, 1, 0, 0};
    private static final int OUTSTANDING_2019 = 89;
    private static final int SATISFACTORY_2019 = 19;
    /** Per year from 2015: cells rated outstanding and cells rated satisfactory. */
    private static final int[] OUTSTANDING_CELLS = {2, 3, 3, 4, 4};
    private static final int[] SATISFACTORY_CELLS = {4, 3, 3, 2, 3};

    record Rating(String subject, int year, @Nullable String level, @Nullable String notRatedReason) {
    }

    private DemoRatings() {
    }

    /** Ratings of every member in the headcount of each year, keyed by member code. */
    static List<Rating> members(List<DemoMember> members, Random random) {
        List<Rating> ratings = new ArrayList<>();
        for (int year = DemoCommune.TERM_START; year <= DemoCommune.LAST_RATED_YEAR; year++) {
            List<DemoMember> rated = new ArrayList<>();
            for (DemoMember m : members) {
                if (!m.memberAtEndOf(year)) {
                    continue;
                }
                if (m.exempt()) {
                    ratings.add(new Rating(m.code(), year, null, "EXEMPT"));
                } else if (m.admittedUnderSixMonthsBeforeRating(year) && m.admissionDate().getYear() == year) {
                    ratings.add(new Rating(m.code(), year, null, "ADMITTED_UNDER_SIX_MONTHS"));
                } else {
                    rated.add(m);
                }
            }
            java.util.Collections.shuffle(rated, random);
            int[] counts = levelCounts(year, rated.size());
            int next = 0;
            String[] levels = {"OUTSTANDING", "SATISFACTORY", "FAILED"};
            for (int l = 0; l < levels.length; l++) {
                for (int i = 0; i < counts[l]; i++) {
                    ratings.add(new Rating(rated.get(next++).code(), year, levels[l], null));
                }
            }
            while (next < rated.size()) {
                ratings.add(new Rating(rated.get(next++).code(), year, "GOOD", null));
            }
        }
        return ratings;
    }

    private static int[] levelCounts(int year, int rated) {
        if (year == DemoCommune.LAST_RATED_YEAR) {
            return new int[] {OUTSTANDING_2019, SATISFACTORY_2019, 0};
        }
        int y = year - DemoCommune.TERM_START;
        return new int[] {(int) Math.round(rated * OUTSTANDING_SHARE[y]), (int) Math.round(rated * SATISFACTORY_SHARE[y]), FAILED[y]};
    }

    /**
     * Cells' ratings follow their members': only a cell whose members all completed their tasks and at least 80% did
     * well may be outstanding, and the best such cells are; the cells with the fewest members doing well are rated
     * satisfactory.
     */
    static List<Rating> cells(List<DemoMember> members, List<Rating> memberRatings) {
        Map<String, String> cellOf = new HashMap<>();
        members.forEach(m -> cellOf.put(m.code(), m.cellCode()));
        List<Rating> ratings = new ArrayList<>();
        for (int year = DemoCommune.TERM_START; year <= DemoCommune.LAST_RATED_YEAR; year++) {
            Map<String, CellTally> tallies = new HashMap<>();
            DemoCommune.cells().forEach(c -> tallies.put(c.code(), new CellTally(c.code())));
            for (Rating r : memberRatings) {
                if (r.year() == year && r.level() != null) {
                    Objects.requireNonNull(tallies.get(cellOf.get(r.subject())), "every member's cell is tallied").add(r.level());
                }
            }
            int y = year - DemoCommune.TERM_START;
            List<CellTally> ranked = new ArrayList<>(tallies.values());
            ranked.sort(Comparator.comparingDouble(CellTally::outstandingShare).reversed().thenComparing(CellTally::cell));
            List<CellTally> outstanding = ranked.stream().filter(CellTally::mayBeOutstanding).limit(OUTSTANDING_CELLS[y]).toList();
            List<CellTally> rest = new ArrayList<>(ranked);
            rest.removeAll(outstanding);
            rest.sort(Comparator.comparingDouble(CellTally::goodShare).thenComparing(CellTally::cell));
            for (CellTally t : outstanding) {
                ratings.add(new Rating(t.cell(), year, "OUTSTANDING", null));
            }
            for (int i = 0; i < rest.size(); i++) {
                ratings.add(new Rating(rest.get(i).cell(), year, i < SATISFACTORY_CELLS[y] ? "SATISFACTORY" : "GOOD", null));
            }
        }
        return ratings;
    }

    private static final class CellTally {
        private final String cell;
        private int rated;
        private int outstanding;
        private int good;
        private int failed;

        CellTally(String cell) {
            this.cell = cell;
        }

        void add(String level) {
            rated++;
            switch (level) {
                case "OUTSTANDING" -> outstanding++;
                case "GOOD" -> good++;
                case "FAILED" -> failed++;
                default -> { }
            }
        }

        String cell() {
            return cell;
        }

        double outstandingShare() {
            return rated == 0 ? 0 : (double) outstanding / rated;
        }

        double goodShare() {
            return rated == 0 ? 0 : (double) (outstanding + good) / rated;
        }

        boolean mayBeOutstanding() {
            return failed == 0 && goodShare() >= 0.8;
        }
    }
}
