package vn.dangbo.dashboard.members;

/** A member's religion, as the statistical forms list them, or none (most members). */
public enum Religion {
    NONE, CATHOLIC, PROTESTANT, BUDDHIST, CAO_DAI, HOA_HAO, ISLAM, OTHER
}
