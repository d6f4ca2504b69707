package vn.dangbo.dashboard.organisation.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.dangbo.dashboard.base.security.SignedInUser;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;
import vn.dangbo.dashboard.organisation.CommitteeNode;
import vn.dangbo.dashboard.organisation.CommitteeScope;

/**
 * Serves each request within one committee's scope, after security has said who asks: the committee the address
 * names if the user's grant covers it, nothing at all if it does not (the page then says so), and without a
 * committee in the address the user's own committee (a deployment-wide account: every committee).
 */
class CommitteeAccessFilter extends OncePerRequestFilter {
    static final String REFUSED = CommitteeAccessFilter.class.getName() + ".refused";
    private final CommitteeDirectory directory;

    CommitteeAccessFilter(CommitteeDirectory directory) {
        this.directory = directory;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CommitteeNode named = (CommitteeNode) request.getAttribute(CommitteeAddressFilter.COMMITTEE);
        Optional<SignedInUser> user = signedIn();
        long scope;
        if (named != null) {
            boolean allowed = user.map(u -> directory.covers(u.committeeId(), named.id())).orElse(true);
            scope = allowed ? named.id() : CommitteeScope.NOTHING;
            if (!allowed) {
                request.setAttribute(REFUSED, named);
            }
        } else {
            scope = user.map(SignedInUser::committeeId).orElse(CommitteeScope.ALL);
        }
        try (CommitteeScope.Entered ignored = CommitteeScope.serve(scope)) {
            chain.doFilter(request, response);
        }
    }

    private static Optional<SignedInUser> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? Optional.of(user) : Optional.empty();
    }
}
