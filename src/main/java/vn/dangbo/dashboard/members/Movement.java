package vn.dangbo.dashboard.members;

/**
 * The ways into and out of the committee's membership that a congress report counts apart (../shared/DOMAIN-RULES.md
 * §5): admitted here, transferred in, membership restored (phục hồi đảng tịch); transferred out, died, removed from the list (xóa tên, not a discipline),
 * expelled (khai trừ), and allowed to leave (cho ra khỏi Đảng).
 */
public enum Movement {
    ADMITTED(1), TRANSFERRED_IN(1), RESTORED(1), TRANSFERRED_OUT(-1), DIED(-1), REMOVED(-1), EXPELLED(-1), DISMISSED(-1);

    private final int sign;

    Movement(int sign) {
        this.sign = sign;
    }

    /** +1 for a way in, −1 for a way out. */
    public int sign() {
        return sign;
    }

    static Movement leaving(LeaveReason reason) {
        return switch (reason) {
            case TRANSFERRED_OUT -> TRANSFERRED_OUT;
            case DIED -> DIED;
            case REMOVED -> REMOVED;
            case EXPELLED -> EXPELLED;
            case DISMISSED -> DISMISSED;
        };
    }
}
