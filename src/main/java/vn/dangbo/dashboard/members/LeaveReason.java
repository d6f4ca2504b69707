package vn.dangbo.dashboard.members;

/** Why a member left: xóa tên, khai trừ, cho ra khỏi Đảng, từ trần, chuyển đi. */
public enum LeaveReason {
    REMOVED, EXPELLED, DISMISSED, DIED, TRANSFERRED_OUT
}
