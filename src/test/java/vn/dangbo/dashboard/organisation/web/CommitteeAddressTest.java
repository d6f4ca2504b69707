package vn.dangbo.dashboard.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.dangbo.dashboard.ProvinceDatabaseTest;
import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.base.security.SignedInUser;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;
import vn.dangbo.dashboard.organisation.CommitteeNode;
import vn.dangbo.dashboard.organisation.CommitteeScope;

/** The committee an address names, as the two filters read it: the path the application sees, and the scope. */
@ProvinceDatabaseTest
class CommitteeAddressTest {
    @Autowired CommitteeDirectory directory;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long id(String code) {
        return directory.byCode(code).orElseThrow().id();
    }

    private record Seen(HttpServletRequest request, long scope) {
    }

    /** Sends a request through both filters, as the signed-in user (null: nobody), and tells what lay beyond them. */
    private Seen send(String uri, String grantedCode, Role role) throws Exception {
        if (role != null) {
            Long granted = grantedCode == null ? null : id(grantedCode);
            SignedInUser user = new SignedInUser("thu", "Thử", "x", role, granted, null, true, false, false);
            SecurityContextHolder.getContext().setAuthentication(
                    new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        }
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.setServletPath(uri);
        AtomicReference<HttpServletRequest> beyond = new AtomicReference<>();
        AtomicLong scope = new AtomicLong(Long.MIN_VALUE);
        MockFilterChain inner = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
        }, (req, res, chain) -> {
            beyond.set((HttpServletRequest) req);
            scope.set(CommitteeScope.currentId());
        });
        MockFilterChain outer = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
        }, (req, res, chain) -> new CommitteeAccessFilter(directory).doFilter(req, res, inner));
        new CommitteeAddressFilter(directory).doFilter(request, new MockHttpServletResponse(), outer);
        return new Seen(beyond.get(), scope.get());
    }

    @Test
    void an_address_under_a_committee_is_served_as_if_the_application_lived_under_its_code() throws Exception {
        Seen seen = send("/mau-01/ratings", "mau-01", Role.CLERK);

        assertThat(seen.request().getContextPath()).isEqualTo("/mau-01");
        assertThat(seen.request().getServletPath()).isEqualTo("/ratings");
        assertThat(seen.request().getRequestURI()).isEqualTo("/mau-01/ratings");
        assertThat(seen.scope()).isEqualTo(id("mau-01"));
    }

    @Test
    void a_committees_code_alone_is_sent_on_to_its_overview() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/mau-01");
        request.setQueryString("year=2024");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new CommitteeAddressFilter(directory).doFilter(request, response, new MockFilterChain());

        assertThat(response.getRedirectedUrl()).isEqualTo("/mau-01/?year=2024");
    }

    @Test
    void an_address_without_a_committee_reads_the_users_own_committee() throws Exception {
        Seen seen = send("/ratings", "mau-02", Role.COMMITTEE);

        assertThat(seen.request().getContextPath()).isEmpty();
        assertThat(seen.scope()).isEqualTo(id("mau-02"));
    }

    @Test
    void a_first_segment_that_names_no_committee_is_left_to_the_application() throws Exception {
        Seen seen = send("/khong-co-xa/ratings", "mau-01", Role.CLERK);

        assertThat(seen.request().getServletPath()).isEqualTo("/khong-co-xa/ratings");
        assertThat(seen.scope()).isEqualTo(id("mau-01"));
    }

    @Test
    void a_commune_user_reads_nothing_under_another_commune_or_the_province() throws Exception {
        for (Role role : List.of(Role.ADMIN, Role.CLERK, Role.COMMITTEE, Role.PRESENTER, Role.CELL_SECRETARY)) {
            for (String other : List.of("mau-02", "tinh-mau", "hai-nam", "mau-12-cu-a")) {
                Seen seen = send("/" + other + "/ratings", "mau-01", role);

                assertThat(seen.scope()).as(role + " at " + other).isEqualTo(CommitteeScope.NOTHING);
                assertThat(seen.request().getAttribute(CommitteeAccessFilter.REFUSED)).as(role + " at " + other)
                        .extracting(n -> ((CommitteeNode) n).code()).isEqualTo(other);
            }
        }
    }

    @Test
    void the_province_reads_each_of_its_communes_and_a_merged_communes_former_communes() throws Exception {
        for (String commune : List.of("mau-01", "mau-11", "mau-12-cu-b")) {
            assertThat(send("/" + commune + "/", "tinh-mau", Role.PROVINCE).scope()).isEqualTo(id(commune));
        }
        assertThat(send("/mau-12-cu-b/", "mau-12", Role.CLERK).scope()).isEqualTo(id("mau-12-cu-b"));
        assertThat(send("/hai-nam/", "tinh-mau", Role.PROVINCE).scope()).isEqualTo(CommitteeScope.NOTHING);
    }

    @Test
    void a_deployment_wide_account_reads_every_committee() throws Exception {
        assertThat(send("/hai-nam/", null, Role.ADMIN).scope()).isEqualTo(id("hai-nam"));
        assertThat(send("/ratings", null, Role.ADMIN).scope()).isEqualTo(CommitteeScope.ALL);
    }
}
