package vn.dangbo.dashboard.organisation;

/** The kinds of party cell under a commune committee; hamlet cells are organised by where members live. */
public enum CellKind {
    HAMLET, AGENCY, SCHOOL, MILITARY, POLICE, HEALTH, OTHER
}
