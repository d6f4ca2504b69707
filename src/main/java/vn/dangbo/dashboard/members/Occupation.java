package vn.dangbo.dashboard.members;

/**
 * What a member does (nghề nghiệp), in the categories of the statistical forms 2-BTCTW and 3-BTCTW: the fourteen of
 * those working, then the retired (nghỉ hưu, nghỉ công tác). A retired member exempted from party work is the retired
 * one with the exemption marked on the record.
 */
public enum Occupation {
    STATE_OFFICIAL, PARTY_OFFICIAL, COMMUNE_OFFICIAL, HAMLET_WORKER, PUBLIC_EMPLOYEE, NON_PUBLIC_EMPLOYEE,
    BUSINESS_MANAGER, BUSINESS_STAFF, BUSINESS_WORKER, FARMER, ARMED_FORCES, UNIVERSITY_STUDENT, PUPIL, OTHER,
    RETIRED;

    /** Whether the category is one of the enterprise's three (lãnh đạo, quản lý và lao động trong các doanh nghiệp). */
    public boolean inBusiness() {
        return this == BUSINESS_MANAGER || this == BUSINESS_STAFF || this == BUSINESS_WORKER;
    }
}
