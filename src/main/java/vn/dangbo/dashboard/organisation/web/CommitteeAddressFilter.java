package vn.dangbo.dashboard.organisation.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;
import vn.dangbo.dashboard.organisation.CommitteeNode;

/**
 * Reads the committee an address names in its first segment ({@code /hai-nam/ratings?year=2019}) and serves the rest
 * of the address as if the application were deployed under {@code /hai-nam}: the page's base address then stays in
 * the committee, so every relative link and navigation inside it does too, and the application's routes need not know
 * committees. An address without a committee's code is served as it is (one commune: today's addresses). Runs before
 * security, so sign-in and its redirects stay under the committee as well.
 */
class CommitteeAddressFilter extends OncePerRequestFilter {
    static final String COMMITTEE = CommitteeAddressFilter.class.getName() + ".committee";
    private final CommitteeDirectory directory;

    CommitteeAddressFilter(CommitteeDirectory directory) {
        this.directory = directory;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<CommitteeNode> named = firstSegment(path).flatMap(directory::byCode);
        if (named.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String prefix = "/" + named.get().code();
        if (path.equals(prefix)) {
            String query = request.getQueryString();
            response.sendRedirect(request.getContextPath() + prefix + "/" + (query == null ? "" : "?" + query));
            return;
        }
        request.setAttribute(COMMITTEE, named.get());
        chain.doFilter(new UnderCommittee(request, prefix), response);
    }

    private static Optional<String> firstSegment(String path) {
        if (path.length() < 2 || path.charAt(0) != '/') {
            return Optional.empty();
        }
        int end = path.indexOf('/', 1);
        return Optional.of(end < 0 ? path.substring(1) : path.substring(1, end));
    }

    /** The request as the application sees it: the committee's segment part of the context path. */
    private static final class UnderCommittee extends HttpServletRequestWrapper {
        private final String prefix;

        UnderCommittee(HttpServletRequest request, String prefix) {
            super(request);
            this.prefix = prefix;
        }

        private HttpServletRequest original() {
            return (HttpServletRequest) getRequest();
        }

        // Idempotent: a named forward (the dispatcher servlet's to Vaadin's) copies these values into the container's
        // own request beneath this wrapper, which must then not add or strip the committee a second time.
        @Override
        public String getContextPath() {
            String context = original().getContextPath();
            return context.endsWith(prefix) ? context : context + prefix;
        }

        @Override
        public String getServletPath() {
            return stripped(original().getServletPath());
        }

        @Override
        public String getPathInfo() {
            String pathInfo = original().getPathInfo();
            return pathInfo != null && original().getServletPath().isEmpty() ? stripped(pathInfo) : pathInfo;
        }

        private String stripped(String path) {
            return path.equals(prefix) || path.startsWith(prefix + "/") ? path.substring(prefix.length()) : path;
        }
    }
}
