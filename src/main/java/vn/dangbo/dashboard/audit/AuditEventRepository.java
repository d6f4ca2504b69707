package vn.dangbo.dashboard.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {
    @Query("""
            select e from AuditEvent e
            where :everywhere = true or e.committeeId in :committees
            order by e.occurredAt desc, e.id desc""")
    List<AuditEvent> latest(@Param("everywhere") boolean everywhere, @Param("committees") Collection<Long> committees,
                            Limit limit);

    /**
     * Events older than {@code beforeId} that match the filter, newest first (ids grow with time), of the committees
     * given ({@code everywhere}: of any committee or none, for a deployment-wide reader).
     */
    @Query("""
            select e from AuditEvent e
            where e.id < :beforeId
              and (:everywhere = true or e.committeeId in :committees)
              and (:username is null or lower(e.username) like :username)
              and (:action is null or e.action = :action)
              and e.occurredAt >= :from and e.occurredAt < :to
            order by e.id desc""")
    List<AuditEvent> page(@Param("beforeId") long beforeId, @Param("everywhere") boolean everywhere,
                          @Param("committees") Collection<Long> committees, @Param("username") @Nullable String username,
                          @Param("action") @Nullable String action, @Param("from") Instant from, @Param("to") Instant to,
                          Limit limit);

    @Query("select distinct e.action from AuditEvent e where :everywhere = true or e.committeeId in :committees"
            + " order by e.action")
    List<String> actions(@Param("everywhere") boolean everywhere, @Param("committees") Collection<Long> committees);
}
