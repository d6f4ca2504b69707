package vn.dangbo.dashboard.organisation;

import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The committee whose records are read now ({@link ScopeFilter}), from three sources, the first present winning:
 * <ol>
 * <li>work the code scopes itself ({@link #call}, {@link #enter}): a look-up across every committee, a test;</li>
 * <li>the page being drawn, whose committee was fixed when it opened: a live update drawn on the thread of whoever
 * saved the change (another committee's request, perhaps) still reads the page's own committee;</li>
 * <li>the request being served ({@link #serve}), from its address and the user's grant; a background job started
 * by a request carries it along.</li>
 * </ol>
 * None of them: no scope, which reads nothing ({@link #UNSET}; a deployment's own start-up work and jobs scope
 * themselves to every committee with {@link #ALL}). A scope that forgets to be set is a bug to fix, never a silent
 * widening.
 */
public final class CommitteeScope {
    /** Reads every committee: a deployment's own jobs, and a single-commune deployment's pages. */
    public static final long ALL = 0;
    /** Reads nothing: the scope of a committee the user may not see. */
    public static final long NOTHING = -1;
    /** No scope was set: reads nothing, and says so in the log. */
    public static final long UNSET = -2;

    private static final ThreadLocal<Long> EXPLICIT = new ThreadLocal<>();
    private static final ThreadLocal<Long> REQUEST = new ThreadLocal<>();
    private static volatile Supplier<OptionalLong> page = OptionalLong::empty;

    private CommitteeScope() {
    }

    public static long currentId() {
        Long explicit = EXPLICIT.get();
        if (explicit != null) {
            return explicit;
        }
        OptionalLong pageScope = page.get();
        if (pageScope.isPresent()) {
            return pageScope.getAsLong();
        }
        Long request = REQUEST.get();
        return request != null ? request : UNSET;
    }

    /** Does the work within one committee's scope (ALL: every committee), then restores the scope before. */
    public static <T> T call(long committeeId, Supplier<T> work) {
        try (Entered ignored = enter(committeeId)) {
            return work.get();
        }
    }

    public static void run(long committeeId, Runnable work) {
        call(committeeId, () -> {
            work.run();
            return null;
        });
    }

    /** Enters a committee's scope, over any page's or request's, until the result is closed. */
    public static Entered enter(long committeeId) {
        return new Entered(EXPLICIT, EXPLICIT.get(), committeeId);
    }

    /** Serves a request (or a job it started) in a committee's scope, until the result is closed. */
    public static Entered serve(long committeeId) {
        return new Entered(REQUEST, REQUEST.get(), committeeId);
    }

    /** The scope the current request serves in, to hand to a job it starts: UNSET when none. */
    public static long served() {
        Long request = REQUEST.get();
        return request != null ? request : UNSET;
    }

    /** Where the page being drawn keeps its committee: installed by the web layer. */
    public static void readPagesFrom(Supplier<OptionalLong> pageScope) {
        page = pageScope;
    }

    /** A scope entered, to close when the work in it is done; closing restores the scope before. */
    public static final class Entered implements AutoCloseable {
        private final ThreadLocal<Long> holder;
        private final Long before;

        private Entered(ThreadLocal<Long> holder, Long before, long committeeId) {
            this.holder = holder;
            this.before = before;
            holder.set(committeeId);
        }

        @Override
        public void close() {
            if (before == null) {
                holder.remove();
            } else {
                holder.set(before);
            }
        }
    }
}
