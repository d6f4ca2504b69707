package vn.dangbo.dashboard.inspection;

/** Kiểm tra (an inspection, which concludes) or giám sát (supervision, which follows the work). */
public enum InspectionKind {
    INSPECTION, SUPERVISION
}
