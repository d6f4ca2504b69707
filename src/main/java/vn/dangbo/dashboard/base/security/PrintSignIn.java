package vn.dangbo.dashboard.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How the server's own headless browser opens a page as the person who asked for its PDF: a one-time token, issued
 * for that person's sign-in and one address of the application, good for 60 seconds, taken only from this machine
 * (the loopback address). The browser's first request, {@code /print-sign-in?token=…}, spends the token: it gets a
 * session of its own signed in as that person (same roles, same committee) and is sent on to the address. Any other
 * use — a second time, too late, from another machine, without a token — is refused with 403 and signs nobody in.
 */
@Component
public class PrintSignIn {
    public static final String PATH = "/print-sign-in";
    static final Duration LIFETIME = Duration.ofSeconds(60);
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private final Clock clock;

    private record Grant(Authentication who, String address, Instant until) {
    }

    PrintSignIn(Clock clock) {
        this.clock = clock;
    }

    /** A token for the person signed in now to open {@code address} (a path from the server's root, with its query). */
    public String issue(String address) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null || !who.isAuthenticated() || !address.startsWith("/") || address.startsWith("//")) {
            throw new IllegalStateException("A print token needs a signed-in person and an address of the application");
        }
        Instant now = clock.instant();
        grants.values().removeIf(grant -> grant.until().isBefore(now));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        grants.put(token, new Grant(who, address, now.plus(LIFETIME)));
        return token;
    }

    /** The filter in Spring Security's chain that spends tokens. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws IOException, ServletException {
                String token = request.getParameter("token");
                Grant grant = token == null ? null : grants.remove(token);
                if (grant == null || grant.until().isBefore(clock.instant()) || !loopback(request.getRemoteAddr())) {
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                    return;
                }
                var old = request.getSession(false);
                if (old != null) {
                    old.invalidate();
                }
                request.getSession(true);
                SecurityContextImpl context = new SecurityContextImpl(grant.who());
                new HttpSessionSecurityContextRepository().saveContext(context, request, response);
                response.sendRedirect(grant.address());
            }
        };
    }

    static boolean loopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }
}
