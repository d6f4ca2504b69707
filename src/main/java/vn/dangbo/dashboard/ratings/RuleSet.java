package vn.dangbo.dashboard.ratings;

/**
 * The rules a year's ratings were made under. Before 2018 the levels had other names and are stored mapped onto
 * today's four; the 20% quota on outstanding members is confirmed only for the 2019–2022 guidance (21-HD/BTCTW).
 */
public enum RuleSet {
    GUIDANCE_27(Integer.MIN_VALUE, 2017, true, false),
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
