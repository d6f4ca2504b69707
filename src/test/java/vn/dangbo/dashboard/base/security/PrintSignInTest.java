package vn.dangbo.dashboard.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** The server's browser signs in with a one-time token: once, within a minute, from this machine, nowhere else. */
class PrintSignInTest {
    private Instant now = Instant.parse("2026-12-05T08:00:00Z");
    private final PrintSignIn signIn = new PrintSignIn(new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String tokenFor(String user, String address) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_COMMITTEE"))));
        String token = signIn.issue(address);
        SecurityContextHolder.clearContext();
        return token;
    }

    private MockHttpServletResponse spend(String token, String from) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", PrintSignIn.PATH);
        request.setRemoteAddr(from);
        if (token != null) {
            request.setParameter("token", token);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        signIn.filter().doFilter(request, response, new MockFilterChain());
        response.setHeader("X-Signed-In", String.valueOf(request.getSession(false) != null && request.getSession(false)
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null));
        return response;
    }

    @Test
    void a_token_signs_the_browser_in_as_the_person_once_and_sends_it_to_the_page() throws Exception {
        String token = tokenFor("danguy", "/hai-nam/ratings?year=2019");
        MockHttpServletResponse first = spend(token, "127.0.0.1");
        assertThat(first.getRedirectedUrl()).isEqualTo("/hai-nam/ratings?year=2019");
        assertThat(first.getHeader("X-Signed-In")).isEqualTo("true");
        MockHttpServletResponse second = spend(token, "127.0.0.1");
        assertThat(second.getStatus()).as("spent").isEqualTo(403);
        assertThat(second.getHeader("X-Signed-In")).isEqualTo("false");
    }

    @Test
    void a_token_from_another_machine_a_late_one_a_made_up_one_or_none_signs_nobody_in() throws Exception {
        assertThat(spend(tokenFor("danguy", "/"), "192.168.1.20").getStatus()).isEqualTo(403);
        String late = tokenFor("danguy", "/");
        now = now.plus(PrintSignIn.LIFETIME).plusSeconds(1);
        assertThat(spend(late, "127.0.0.1").getStatus()).isEqualTo(403);
        assertThat(spend("0".repeat(64), "127.0.0.1").getStatus()).isEqualTo(403);
        assertThat(spend(null, "::1").getStatus()).isEqualTo(403);
    }

    @Test
    void no_token_is_issued_without_a_signed_in_person_or_for_another_site() {
        assertThatThrownBy(() -> signIn.issue("/ratings")).isInstanceOf(IllegalStateException.class);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("danguy", null, List.of()));
        assertThatThrownBy(() -> signIn.issue("//evil.example/")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> signIn.issue("https://evil.example/")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void another_address_passes_through_untouched() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/ratings");
        MockFilterChain chain = new MockFilterChain();
        signIn.filter().doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isSameAs(request);
    }
}
