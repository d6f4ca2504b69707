package vn.dangbo.dashboard.members;

/** How many members came in or went out one way in a year; {@code way} is a {@link Movement} or a LeaveReason name. */
record MovementCount(int year, String way, long count) {
}
