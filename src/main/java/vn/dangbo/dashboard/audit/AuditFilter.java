package vn.dangbo.dashboard.audit;

import java.time.LocalDate;

/** Which audit lines to show: a part of a username, one action, a range of days (each may be null: any). */
public record AuditFilter(String username, String action, LocalDate from, LocalDate to) {
    public static final AuditFilter ANY = new AuditFilter(null, null, null, null);
}
