package vn.dangbo.dashboard.badges;

/** Why a badge may be presented before the member reaches its party age (Hướng dẫn 01-HD/TW, 2021, mục 18). */
public enum EarlyGround {
    /** Seriously ill: up to 12 months early for 30 to 65 years, 24 months for 70 to 90. */
    ILLNESS,
    /** After the member's death: up to 12 months early. */
    POSTHUMOUS
}
