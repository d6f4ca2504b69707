package vn.dangbo.dashboard.members;

/**
 * The highest professional qualification (trình độ chuyên môn nghiệp vụ cao nhất): none, or one of the forms' six
 * levels from a vocational certificate to a doctorate.
 */
public enum Qualification {
    NONE, VOCATIONAL, INTERMEDIATE, COLLEGE, BACHELOR, MASTER, DOCTOR
}
