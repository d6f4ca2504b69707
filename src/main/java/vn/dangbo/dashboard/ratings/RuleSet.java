package vn.dangbo.dashboard.ratings;

import org.jspecify.annotations.Nullable;

/**
 * The rules a year's ratings were made under. Before 2018 the levels had other names and are stored mapped onto
 * today's four; the 20% quota on outstanding members is confirmed only for the 2019–2022 guidance (21-HD/BTCTW).
 * Hướng dẫn 27-HD/BTCTW is dated 25/9/2014, so it governs the ratings of 2014 to 2017; the years before were rated
 * under earlier guidance of the Central Organisation Commission (Hướng dẫn 20-HD/BTCTW of 10/10/2008 is one), which
 * the product does not name for a given year: they are labelled "before 2014".
 */
public enum RuleSet {
    BEFORE_2014(Integer.MIN_VALUE, 2013, true, false),
    GUIDANCE_27(2014, 2017, true, false),
    REGULATION_132_GUIDANCE_16(2018, 2018, false, false),
    REGULATION_132_GUIDANCE_21(2019, 2022, false, true),
    REGULATION_124(2023, 2024, false, false),
    REGULATION_366(2025, Integer.MAX_VALUE, false, false);

    private final int firstYear;
    private final int lastYear;
    private final boolean mappedLevels;
    private final boolean quotaConfirmed;

    RuleSet(int firstYear, int lastYear, boolean mappedLevels, boolean quotaConfirmed) {
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.mappedLevels = mappedLevels;
        this.quotaConfirmed = quotaConfirmed;
    }

    public static RuleSet forYear(int year) {
        for (RuleSet rules : values()) {
            if (year >= rules.firstYear && year <= rules.lastYear) {
                return rules;
            }
        }
        throw new IllegalStateException("No rule set for " + year);
    }

    /** The year's data were rated under other level names and are shown mapped onto today's four. */
    public boolean mappedLevels() {
        return mappedLevels;
    }

    /** The quotas (outstanding ≤ 20% of good; the outstanding-cell rule) are confirmed for these years. */
    public boolean quotaConfirmed() {
        return quotaConfirmed;
    }
}
