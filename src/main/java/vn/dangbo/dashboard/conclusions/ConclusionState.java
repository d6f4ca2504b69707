package vn.dangbo.dashboard.conclusions;

/** Where a conclusion stands on a day: open, overdue (open past its due date), or done. */
public enum ConclusionState {
    OPEN, OVERDUE, DONE
}
