package vn.dangbo.dashboard.members;

/** A party card (thẻ đảng viên) handed to a member: first issued, re-issued when lost, or replaced when damaged. */
public enum CardKind {
    ISSUED, REISSUED_LOST, REPLACED_DAMAGED
}
