package vn.dangbo.dashboard.results;

/** Whether a target is met by reaching at least its value (income) or at most (poor households). */
public enum TargetDirection {
    AT_LEAST, AT_MOST
}
