package vn.dangbo.dashboard.members;

/** An academic title (chức danh khoa học): none, associate professor or professor; a member holding both counts as the higher. */
public enum AcademicTitle {
    NONE, ASSOCIATE_PROFESSOR, PROFESSOR
}
