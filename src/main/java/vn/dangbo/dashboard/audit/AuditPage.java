package vn.dangbo.dashboard.audit;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A page of audit lines, newest first, and where the next (older) page starts; null when there is none. */
public record AuditPage(List<AuditLine> lines, @Nullable Long olderThan) {
}
