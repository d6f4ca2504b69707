package vn.dangbo.dashboard.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in from a client that has failed too often lately, whatever username it tries, before the password
 * is even checked; the login page says how long to wait.
 */
class SignInThrottleFilter extends OncePerRequestFilter {
    private final SignInThrottle throttle;

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !request.getRequestURI().equals(request.getContextPath() + "/login");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long seconds = throttle.waitSeconds(request.getRemoteAddr());
        if (seconds > 0) {
            response.sendRedirect(request.getContextPath() + "/login?wait=" + seconds);
            return;
        }
        chain.doFilter(request, response);
    }
}
