package vn.dangbo.dashboard.members;

/** General education completed (trình độ giáo dục phổ thông), the four levels of the statistical forms. */
public enum GeneralEducation {
    LITERATE, PRIMARY, LOWER_SECONDARY, UPPER_SECONDARY
}
