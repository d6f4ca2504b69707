package vn.dangbo.dashboard.ratings;

/**
 * Ten-point bands of the 100-point score used from the 2025 rating (Quy định 366-QĐ/TW), each with the level its
 * scores give: under 50 KHTNV, 50–69 HTNV, 70–89 HTT, 90 and above HTXS.
 */
public enum ScoreBand {
    BELOW_50(0, 49), FROM_50(50, 59), FROM_60(60, 69), FROM_70(70, 79), FROM_80(80, 89), FROM_90(90, 100);

    private final int low;
    private final int high;

    ScoreBand(int low, int high) {
        this.low = low;
        this.high = high;
    }

    public int low() {
        return low;
    }

    public int high() {
        return high;
    }

    /** The level every score in the band is rated at. */
    public RatingLevel level() {
        return RatingRules.bandOf(java.math.BigDecimal.valueOf(low));
    }

    /** The band a score falls in: its tens decide (49,5 is below 50; a full 100 is in the top band). */
    static ScoreBand of(java.math.BigDecimal score) {
        int tens = score.divide(java.math.BigDecimal.TEN, 0, java.math.RoundingMode.FLOOR).intValue();
        return tens < 5 ? BELOW_50 : values()[Math.min(tens, 9) - 4];
    }
}
