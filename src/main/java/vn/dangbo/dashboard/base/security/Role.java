package vn.dangbo.dashboard.base.security;

/**
 * What a person may do. ADMIN manages users and reads the audit log; CLERK keeps the data; COMMITTEE sees
 * everything; CELL_SECRETARY sees only their own cell; PRESENTER is the hall PC's kiosk account (slides only);
 * PROVINCE is the province's organisation board (Ban Tổ chức Tỉnh ủy), which reads every commune and changes nothing.
 * Each role is granted on a committee and what lies under it.
 */
public enum Role {
    ADMIN, CLERK, COMMITTEE, CELL_SECRETARY, PRESENTER, PROVINCE;

    /** Names as used in {@code @RolesAllowed}. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String CLERK = "CLERK";
        public static final String COMMITTEE = "COMMITTEE";
        public static final String CELL_SECRETARY = "CELL_SECRETARY";
        public static final String PRESENTER = "PRESENTER";
        public static final String PROVINCE = "PROVINCE";

        private Names() {
        }
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
