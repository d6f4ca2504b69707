package vn.dangbo.dashboard.organisation;

/**
 * What a commune calls the residential areas its hamlet cells are organised by: "xóm" in the Red River delta,
 * "thôn" in much of the north and centre, "ấp" in the south, "bản", "buôn" or "làng" in the uplands, "khu phố" or
 * "tổ dân phố" in towns. The committee sets its word once; every text that names those cells uses it ("8 chi bộ
 * thôn"). Bundle keys {@code residential.<NAME>}.
 */
public enum ResidentialWord {
    XOM, THON, AP, BAN, BUON, LANG, KHU_PHO, TO_DAN_PHO;

    /** The word when the committee has not set one: the first commune's. */
    public static final ResidentialWord DEFAULT = XOM;

    public String key() {
        return "residential." + name();
    }
}
