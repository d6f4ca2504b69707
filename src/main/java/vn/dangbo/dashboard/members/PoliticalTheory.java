package vn.dangbo.dashboard.members;

/** Political-theory level (lý luận chính trị): none, sơ cấp, trung cấp, cao cấp. */
public enum PoliticalTheory {
    NONE, ELEMENTARY, INTERMEDIATE, ADVANCED
}
