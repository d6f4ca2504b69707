package vn.dangbo.dashboard.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The seed commune: Đảng bộ xã Hải Nam (Hải Hậu, Nam Định), term 2015–2020, as a newspaper article reported it at
 * the end of that term. This is the demo data's plan; everything the dashboard shows is computed from the rows it produces.
 */
final class DemoCommune {
    static final String COMMITTEE = "Đảng bộ xã Hải Nam";
    /** How addresses and files name the committee. */
    static final String CODE = "hai-nam";
    static final String DISTRICT = "Hải Hậu";
    static final String PROVINCE = "Nam Định";
    static final int TERM_START = 2015;
    static final int TERM_END = 2020;
    /** Ratings exist up to this year: the article was written before the 2020 review. */
    static final int LAST_RATED_YEAR = 2019;
    static final long RANDOM_SEED = 2015_2020L;

    /** Members of each hamlet cell at the end of 2019. */
    private static final int[] HAMLET_HEADCOUNTS =
            {27, 18, 24, 20, 23, 21, 26, 19, 22, 22, 25, 19, 23, 21, 24, 20, 22, 22, 18, 24};

    /** Admissions per year of the term. */
    static final int[] ADMISSIONS_PER_YEAR = {4, 5, 5, 5, 6, 5};
    /** The congress's target for the term, and the yearly targets that make it up. */
    static final int TERM_ADMISSION_TARGET = 25;
    static final int[] YEARLY_ADMISSION_TARGETS = {4, 4, 4, 4, 4, 5};

    /** Hamlet cells admitting direct workers, once per entry: 16 admissions in 13 cells. */
    static final List<String> DIRECT_WORKER_ADMISSIONS = List.of(
            "X01", "X02", "X02", "X03", "X04", "X05", "X05", "X06", "X07", "X08", "X09", "X09", "X10", "X11",
            "X12", "X13");
    /** The other admissions of the term. */
    static final List<String> OTHER_ADMISSIONS = List.of(
            "X04", "X11", "X14", "X15", "X17", "X19", "X20", "TH", "TH", "CQ", "CQ", "CA", "QS", "YT");

    static final int EXEMPT_MEMBERS = 15;
    /** Deaths per year of the term (from 2015), and one transfer out in 2016. */
    static final int[] DEATHS_PER_YEAR = {2, 3, 2, 3, 0, 5};

    private DemoCommune() {
    }

    static List<DemoCell> cells() {
        List<DemoCell> cells = new ArrayList<>();
        for (int i = 0; i < HAMLET_HEADCOUNTS.length; i++) {
            cells.add(new DemoCell("X%02d".formatted(i + 1), "Chi bộ xóm " + (i + 1), "HAMLET", HAMLET_HEADCOUNTS[i]));
        }
        cells.add(new DemoCell("CQ", "Chi bộ Cơ quan", "AGENCY", 30));
        cells.add(new DemoCell("TH", "Chi bộ Trường học", "SCHOOL", 25));
        cells.add(new DemoCell("QS", "Chi bộ Quân sự", "MILITARY", 8));
        cells.add(new DemoCell("CA", "Chi bộ Công an", "POLICE", 8));
        cells.add(new DemoCell("YT", "Chi bộ Trạm y tế", "HEALTH", 10));
        return cells;
    }
}
