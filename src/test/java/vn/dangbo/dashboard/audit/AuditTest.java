package vn.dangbo.dashboard.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.dangbo.dashboard.SeedDatabaseTest;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.results.TermResultService;

@SeedDatabaseTest
class AuditTest {
    @Autowired AuditService audit;
    @Autowired TermResultService results;
    @Autowired OrganisationService organisation;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_change_to_data_is_logged_with_who_made_it_and_what() {
        var term = organisation.currentTerm().orElseThrow();
        BigDecimal recorded = results.targets(term).get(2).result();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("vanphong", null, java.util.List.of()));

        results.recordResult(term, 3, new BigDecimal("5400"));

        assertThat(audit.latest(1)).singleElement().satisfies(entry -> {
            assertThat(entry.username()).isEqualTo("vanphong");
            assertThat(entry.action()).isEqualTo("DATA_TERM_TARGET");
            assertThat(entry.details()).isEqualTo("2015-2020 #3: 5400");
        });
        results.recordResult(term, 3, recorded);
    }
}
