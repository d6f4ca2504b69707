package vn.dangbo.dashboard.demo;

/**
 * How large a synthetic province is written: how many communes, how many cells each (at least {@code minCells}, up to
 * {@code cellSpread - 1} more), how many members a cell (likewise), and how many years of monthly cell meetings.
 * Which communes were merged, and from how many former communes, is the same in every shape: the last two.
 */
record ProvinceShape(String name, int communes, int minCells, int cellSpread, int minMembers, int memberSpread,
                     int meetingYears, int candidatesPerCell) {

    /** The demo's province: twelve communes, a few hundred members each, this year's meetings. */
    static final ProvinceShape DEMO = new ProvinceShape("demo", 12, 6, 9, 8, 16, 1, 0);
    /**
     * The benchmark's: a province of 150 communes, about 6,000 cells and 150,000 members, five years of ratings and
     * of monthly meetings, two candidates a cell.
     */
    static final ProvinceShape BENCHMARK = new ProvinceShape("benchmark", 150, 36, 9, 20, 11, 5, 2);
    /**
     * The benchmark's first commune alone (the same draws write the same commune, mau-01): a database of one commune
     * to time each commune view against, beside the same view at province scale. No merger.
     */
    static final ProvinceShape BENCHMARK_COMMUNE = new ProvinceShape("benchmark-commune", 1, 36, 9, 20, 11, 5, 2);

    static ProvinceShape named(String name) {
        return java.util.stream.Stream.of(BENCHMARK, BENCHMARK_COMMUNE).filter(shape -> shape.name().equals(name))
                .findFirst().orElse(DEMO);
    }

    /** The communes formed by merging on 1/7/2025, with how many former communes each was formed from. */
    int[][] merged() {
        return communes < 3 ? new int[0][] : new int[][] {{communes - 1, 2}, {communes, 3}};
    }
}
