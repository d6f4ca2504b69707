package vn.dangbo.dashboard.audit;

import vn.dangbo.dashboard.base.i18n.Message;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.dangbo.dashboard.SeedDatabaseTest;
import vn.dangbo.dashboard.members.MemberDraft;
import vn.dangbo.dashboard.members.MemberService;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.results.TermResultService;

@SeedDatabaseTest
class AuditTest {
    @Autowired AuditService audit;
    @Autowired TermResultService results;
    @Autowired OrganisationService organisation;
    @Autowired MemberService members;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        jdbc.update("delete from audit_event where username like 'doan.%' or details like 'TEST%'");
    }

    private static void signedInAs(String username) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, java.util.List.of()));
    }

    @Test
    void a_change_to_data_is_logged_with_who_made_it_and_the_value_before_and_after() {
        var term = organisation.currentTerm().orElseThrow();
        BigDecimal recorded = results.targets(term).get(2).result();
        signedInAs("vanphong");

        results.recordResult(term, 3, new BigDecimal("5400"));

        assertThat(audit.latest(1)).singleElement().satisfies(entry -> {
            assertThat(entry.username()).isEqualTo("vanphong");
            assertThat(entry.action()).isEqualTo("DATA_TERM_TARGET");
            assertThat(entry.details()).isEqualTo("2015-2020 #3: Kết quả: " + recorded.stripTrailingZeros().toPlainString()
                    + " → 5400");
        });
        results.recordResult(term, 3, recorded);
    }

    @Test
    void an_edited_member_record_is_logged_with_each_changed_value_before_and_after() {
        MemberDraft draft = members.draft("HN0041").orElseThrow();
        String name = draft.getFullName();
        String cell = draft.getCellCode();
        signedInAs("vanphong");
        draft.setFullName(name + " Thử");
        draft.setCellCode(cell.equals("X02") ? "X03" : "X02");
        members.save(draft);

        assertThat(audit.latest(1).getFirst().details()).isEqualTo("sửa HN0041: Họ và tên: " + name + " → " + name
                + " Thử; Mã chi bộ: " + cell + " → " + draft.getCellCode());

        MemberDraft back = members.draft("HN0041").orElseThrow();
        back.setFullName(name);
        back.setCellCode(cell);
        members.save(back);
    }

    @Test
    void a_flood_of_failed_sign_ins_for_unknown_names_is_one_line_with_its_count() {
        audit.recordSignInFailure("quantri", java.util.Optional.empty(), true, "10.0.0.9", new Message("audit.reason.bad-credentials"));
        for (int i = 0; i < 520; i++) {
            audit.recordSignInFailure("doan." + i, java.util.Optional.empty(), false, "10.0.0.7", new Message("audit.reason.bad-credentials"));
        }
        audit.record("vanphong", "DATA_MEMBER", new Message("audit.details.text", "TEST after the flood"));

        AuditPage page = audit.page(AuditFilter.ANY, null, 3);

        assertThat(page.lines()).extracting(AuditLine::action, AuditLine::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("DATA_MEMBER", 1),
                org.assertj.core.groups.Tuple.tuple(AuditService.UNKNOWN_USER_FAILURE, 520),
                org.assertj.core.groups.Tuple.tuple("SIGN_IN_FAILED", 1));
        assertThat(page.lines().get(1).username()).isEqualTo("doan.519");
        assertThat(page.olderThan()).isNotNull();
        AuditPage older = audit.page(AuditFilter.ANY, page.olderThan(), 3);
        assertThat(older.lines()).isNotEmpty().doesNotContainAnyElementsOf(page.lines());
    }

    @Test
    void the_log_is_filtered_by_user_and_action() {
        audit.record("doan.filter", "DATA_MEMBER", new Message("audit.details.text", "TEST one"));
        audit.record("doan.filter", "SIGN_IN", null);
        audit.record("vanphong", "DATA_MEMBER", new Message("audit.details.text", "TEST other"));

        assertThat(audit.page(new AuditFilter("DOAN.FIL", null, null, null), null, 50).lines())
                .extracting(AuditLine::action).containsExactly("SIGN_IN", "DATA_MEMBER");
        assertThat(audit.page(new AuditFilter("doan.filter", "DATA_MEMBER", null, null), null, 50).lines())
                .extracting(line -> line.details().vietnamese()).containsExactly("TEST one");
        assertThat(audit.page(new AuditFilter("doan.filter", null, java.time.LocalDate.of(2000, 1, 1),
                java.time.LocalDate.of(2000, 1, 2)), null, 50).lines()).isEmpty();
    }
}
