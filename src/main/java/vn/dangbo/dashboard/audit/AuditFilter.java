package vn.dangbo.dashboard.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which audit lines to show: a part of a username, one action, a range of days, one committee by its code (among
 * those the reader's page covers: a province's administrator picks a commune). Each may be null: any.
 */
public record AuditFilter(@Nullable String username, @Nullable String action, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String committee) {
    public static final AuditFilter ANY = new AuditFilter(null, null, null, null, null);

    public AuditFilter(String username, String action, LocalDate from, LocalDate to) {
        this(username, action, from, to, null);
    }
}
