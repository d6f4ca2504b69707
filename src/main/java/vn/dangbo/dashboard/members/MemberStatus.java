package vn.dangbo.dashboard.members;

/** Full member (chính thức) or probationary member (dự bị, the 12 months after admission). */
public enum MemberStatus {
    FULL, PROBATIONARY
}
