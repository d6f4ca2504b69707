package vn.dangbo.dashboard.organisation;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.dashboard.base.live.DataChanged;
import vn.dangbo.dashboard.base.live.Topic;

/**
 * The features' tables of counts per committee ({@link CountsPerCommittee}), kept together: each change is heard once,
 * before it commits, and every table it concerns is counted again for the change's scope; at start-up every table is
 * counted afresh.
 */
@Component
public class KeptCounts {
    private final List<CountsPerCommittee> kept = new CopyOnWriteArrayList<>();
    private final NamedParameterJdbcTemplate jdbc;
    private final EntityManager entities;
    private final CommitteeDirectory directory;
    private final TransactionTemplate transactions;

    KeptCounts(NamedParameterJdbcTemplate jdbc, EntityManager entities, CommitteeDirectory directory,
               PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.entities = entities;
        this.directory = directory;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** A feature's table of counts, kept from now on (see {@link CountsPerCommittee} for the arguments). */
    public CountsPerCommittee keep(String table, String insert, boolean where, String group, Set<Topic> topics) {
        CountsPerCommittee counts = new CountsPerCommittee(table, insert, where, group, topics, jdbc, entities, directory);
        kept.add(counts);
        return counts;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void recount(DataChanged change) {
        kept.forEach(counts -> counts.recountFor(change));
    }

    /** Counts every table afresh, in a transaction of its own: at start, and after rows were written outside the services. */
    @EventListener(ApplicationReadyEvent.class)
    public void countAllAfresh() {
        transactions.executeWithoutResult(status -> kept.forEach(CountsPerCommittee::recountAll));
    }
}
