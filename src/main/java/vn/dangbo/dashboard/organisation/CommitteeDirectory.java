package vn.dangbo.dashboard.organisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.dangbo.dashboard.base.live.LiveUpdates;
import vn.dangbo.dashboard.base.live.Topic;

/**
 * The deployment's committees as a tree, held in memory: which code an address names, who may see which committee.
 * Read again after any change to committees ({@link #refresh()}); a handful of rows even for a province.
 */
@Service
public class CommitteeDirectory {
    /**
     * In the committees every committee's scope covers: stands for "no committee" (an account of the whole deployment),
     * which no committee's id is.
     */
    public static final long WHOLE_DEPLOYMENT = 0;
    /** What a scope that covers nothing reads: no committee has this id, and an empty IN is not valid SQL everywhere. */
    private static final List<Long> NONE = List.of(-1L);
    private final JdbcTemplate jdbc;
    private volatile @Nullable Map<Long, CommitteeNode> byId;
    /** The committees each committee's scope covers, computed with the tree (every page asks, for every query). */
    private volatile Map<Long, List<Long>> covered = Map.of();
    private volatile List<Long> everyCommittee = List.of(WHOLE_DEPLOYMENT);
    /** The same committees by code: every request's address is looked up here. */
    private volatile Map<String, CommitteeNode> byCode = Map.of();

    CommitteeDirectory(JdbcTemplate jdbc, LiveUpdates updates) {
        this.jdbc = jdbc;
        // A committee added on another server of the same database (an import there) is read again here too.
        updates.listen(change -> {
            if (change.topics().contains(Topic.ORGANISATION)) {
                byId = null;
            }
        });
    }

    /**
     * Reads the committees again after an import or a demo load that adds one: when its transaction ends, committed
     * or not, so that the tree never holds a committee that was rolled back.
     */
    public void refresh() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    byId = null;
                }
            });
        }
        byId = null;
    }

    private Map<Long, CommitteeNode> load() {
        Map<Long, CommitteeNode> loaded = jdbc.query("select id, code, name, org_level, parent_id, merged_into_id, merged_on from party_committee",
                        (rs, i) -> new CommitteeNode(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                                OrganisationLevel.valueOf(rs.getString("org_level")), nullable(rs.getLong("parent_id"), rs.wasNull()),
                                nullable(rs.getLong("merged_into_id"), rs.wasNull()),
                                rs.getDate("merged_on") == null ? null : rs.getDate("merged_on").toLocalDate()))
                .stream().collect(Collectors.toUnmodifiableMap(CommitteeNode::id, Function.identity()));
        // The codes first: once byId is set, readers trust both.
        byCode = loaded.values().stream().collect(Collectors.toUnmodifiableMap(CommitteeNode::code, Function.identity()));
        covered = loaded.keySet().stream().collect(Collectors.toUnmodifiableMap(Function.identity(),
                scope -> loaded.keySet().stream().filter(id -> covers(loaded, scope, id)).sorted().toList()));
        List<Long> every = new ArrayList<>(List.of(WHOLE_DEPLOYMENT));
        loaded.keySet().stream().sorted().forEach(every::add);
        everyCommittee = List.copyOf(every);
        byId = loaded;
        return loaded;
    }

    private static @Nullable Long nullable(long value, boolean wasNull) {
        return wasNull ? null : value;
    }

    private Map<Long, CommitteeNode> nodes() {
        Map<Long, CommitteeNode> nodes = byId;
        return nodes == null ? load() : nodes;
    }

    public Optional<CommitteeNode> byCode(@Nullable String code) {
        nodes();
        return Optional.ofNullable(byCode.get(code));
    }

    public Optional<CommitteeNode> byId(long id) {
        return Optional.ofNullable(nodes().get(id));
    }

    /**
     * The one committee the current page works on: the committee in scope, or where every committee is in scope, the
     * only committee of a one-committee deployment; none otherwise.
     */
    public Optional<Long> ofPage() {
        long scope = CommitteeScope.currentId();
        if (scope > 0) {
            return Optional.of(scope);
        }
        return scope == CommitteeScope.ALL && !many() ? first().map(CommitteeNode::id) : Optional.empty();
    }

    /** Whether the deployment holds more than one committee, so that addresses and the header must name one. */
    public boolean many() {
        return nodes().size() > 1;
    }

    /** The only committee a single-commune deployment holds, or its first. */
    public Optional<CommitteeNode> first() {
        return nodes().values().stream().min(Comparator.comparing(CommitteeNode::id));
    }

    /**
     * Whether a user granted {@code granted} (null: the whole deployment) may see {@code committee}: it is the granted
     * one, lies under it, or is a former commune merged into one of those.
     */
    public boolean covers(@Nullable Long granted, long committee) {
        return granted == null || covers(nodes(), granted, committee);
    }

    private static boolean covers(Map<Long, CommitteeNode> nodes, long granted, long committee) {
        CommitteeNode node = nodes.get(committee);
        for (int depth = 0; node != null && depth < 8; depth++) {
            if (node.id() == granted) {
                return true;
            }
            Long up = node.mergedIntoId() != null ? node.mergedIntoId() : node.parentId();
            node = up == null ? null : nodes.get(up);
        }
        return false;
    }

    /**
     * The committees a scope reads ({@link ScopeFilter}): a committee's, itself and every committee it covers; every
     * committee's, all of them and {@link #WHOLE_DEPLOYMENT}; none for no scope, a refused one or one not in the tree.
     */
    public List<Long> covered(long scope) {
        nodes();
        if (scope == CommitteeScope.ALL) {
            return everyCommittee;
        }
        return covered.getOrDefault(scope, NONE);
    }

    /** The committees a user granted {@code granted} may open, the granted one first, then by level and name. */
    public List<CommitteeNode> visibleTo(@Nullable Long granted) {
        List<CommitteeNode> visible = new ArrayList<>(nodes().values().stream()
                .filter(n -> covers(granted, n.id()))
                .sorted(Comparator.comparing(CommitteeNode::level).thenComparing(CommitteeNode::name))
                .toList());
        visible.sort(Comparator.comparing(n -> !Objects.equals(n.id(), granted)));
        return visible;
    }

    /** The communes directly under a committee (a province's), the former communes left out. */
    public List<CommitteeNode> communesUnder(long parent) {
        return nodes().values().stream()
                .filter(n -> Objects.equals(n.parentId(), parent) && n.mergedIntoId() == null)
                .sorted(Comparator.comparing(CommitteeNode::name))
                .toList();
    }

    /** The former communes a merged commune was formed from, by name. */
    public List<CommitteeNode> formerOf(long commune) {
        return nodes().values().stream()
                .filter(n -> Objects.equals(n.mergedIntoId(), commune))
                .sorted(Comparator.comparing(CommitteeNode::name))
                .toList();
    }

    /**
     * The commune a committee's records count towards: a former commune's, the commune it was merged into; a partial
     * committee's, the commune above it; a commune's, itself.
     */
    public long communeOf(long committee) {
        CommitteeNode node = nodes().get(committee);
        if (node == null) {
            return committee;
        }
        if (node.mergedIntoId() != null) {
            return node.mergedIntoId();
        }
        return node.level() == OrganisationLevel.PARTIAL && node.parentId() != null ? node.parentId() : committee;
    }

    /**
     * The communes a scope compares side by side: those under the scoped committee, every commune for all, none for
     * a refused scope or none set.
     */
    public List<CommitteeNode> communesIn(long scope) {
        if (scope > 0) {
            return communesUnder(scope);
        }
        if (scope != CommitteeScope.ALL) {
            return List.of();
        }
        return nodes().values().stream()
                .filter(n -> n.level() == OrganisationLevel.COMMUNE && !n.former())
                .sorted(Comparator.comparing(CommitteeNode::name))
                .toList();
    }

    /**
     * Whether the scope in force has communes under it (a province's, or a district's): its figures are compared
     * commune by commune and read from the counts kept per committee.
     */
    public boolean scopeSpansCommunes() {
        return hasCommunesIn(CommitteeScope.currentId());
    }

    /** Whether a scope has communes under it to compare side by side (never in a one-commune deployment). */
    public boolean hasCommunesIn(long scope) {
        return many() && !communesIn(scope).isEmpty();
    }
}
