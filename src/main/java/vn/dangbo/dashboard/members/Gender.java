package vn.dangbo.dashboard.members;

public enum Gender {
    MALE, FEMALE
}
