package vn.dangbo.dashboard.conclusions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.SeedDatabaseTest;
import vn.dangbo.dashboard.base.i18n.Refusal;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;
import vn.dangbo.dashboard.organisation.CommitteeScope;

/**
 * The conclusions a meeting records: saved before the call returns, once, on the page's committee and audited there;
 * refused in words when incomplete; open, overdue or done by their dates; another committee's neither seen nor
 * changed.
 */
@SeedDatabaseTest
class ConclusionServiceTest {
    private static final LocalDate TODAY = LocalDate.now(vn.dangbo.dashboard.base.Today.VIETNAM);
    @Autowired ConclusionService conclusions;
    @Autowired JdbcTemplate jdbc;
    @Autowired CommitteeDirectory directory;
    private long ours;
    private long theirs;

    @BeforeEach
    void twoCommunes() {
        jdbc.update("insert into party_committee (code, name, org_level) values ('kl-ours', 'Đảng bộ xã Kết Luận', 'COMMUNE')");
        jdbc.update("insert into party_committee (code, name, org_level) values ('kl-theirs', 'Đảng bộ xã Bên Cạnh', 'COMMUNE')");
        ours = jdbc.queryForObject("select id from party_committee where code = 'kl-ours'", Long.class);
        theirs = jdbc.queryForObject("select id from party_committee where code = 'kl-theirs'", Long.class);
        directory.refresh();
    }

    @AfterEach
    void removeThem() {
        jdbc.update("delete from conclusion where committee_id in (?, ?)", ours, theirs);
        jdbc.update("delete from audit_event where committee_id in (?, ?)", ours, theirs);
        jdbc.update("delete from party_committee where id in (?, ?)", ours, theirs);
        directory.refresh();
    }

    private static ConclusionDraft draft(String content, LocalDate due) {
        return new ConclusionDraft(TODAY, ConclusionSubject.FIGURE, "ratings#card-member-trend", "Đảng viên qua các năm",
                "2019", content, "Đồng chí Phó Bí thư", due);
    }

    private ConclusionEntry record(long committee, ConclusionDraft draft) {
        return CommitteeScope.call(committee, () -> conclusions.record(draft));
    }

    @Test
    void a_recorded_conclusion_is_in_the_database_on_the_pages_committee_and_in_its_audit_when_the_call_returns() {
        ConclusionEntry entry = record(ours, draft("Rà soát chi bộ có tỷ lệ HTXS cao", TODAY.plusDays(30)));

        assertThat(jdbc.queryForObject("select committee_id from conclusion where id = ?", Long.class, entry.id())).isEqualTo(ours);
        assertThat(jdbc.queryForList("select details from audit_event where action = 'DATA_CONCLUSION' and committee_id = ?",
                String.class, ours)).singleElement().asString().contains("Rà soát chi bộ có tỷ lệ HTXS cao");
        assertThat(entry.state()).isEqualTo(ConclusionState.OPEN);
    }

    @Test
    void the_same_conclusion_twice_is_refused_and_recorded_once() {
        record(ours, draft("Một kết luận", TODAY));

        assertThatThrownBy(() -> record(ours, draft("  Một kết luận ", TODAY))).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).message().key()).isEqualTo("conclusions.error.duplicate");
        assertThat(jdbc.queryForObject("select count(*) from conclusion where committee_id = ?", Integer.class, ours)).isEqualTo(1);
    }

    @Test
    void an_incomplete_or_overlong_conclusion_or_one_due_before_the_meeting_is_refused_in_words_and_nothing_saved() {
        assertThatThrownBy(() -> record(ours, draft("  ", TODAY))).extracting(e -> ((Refusal) e).message().key())
                .isEqualTo("conclusions.error.required");
        assertThatThrownBy(() -> record(ours, draft("x".repeat(501), TODAY))).extracting(e -> ((Refusal) e).message().key())
                .isEqualTo("conclusions.error.too-long");
        assertThatThrownBy(() -> record(ours, draft("Hạn trước ngày họp", TODAY.minusDays(1))))
                .extracting(e -> ((Refusal) e).message().key()).isEqualTo("conclusions.error.due-before-meeting");
        assertThat(jdbc.queryForObject("select count(*) from conclusion where committee_id = ?", Integer.class, ours)).isZero();

        record(ours, draft("x".repeat(500), TODAY));
        assertThat(jdbc.queryForObject("select count(*) from conclusion where committee_id = ?", Integer.class, ours)).isEqualTo(1);
    }

    @Test
    void a_conclusion_past_its_due_date_is_overdue_one_due_today_open_and_one_marked_done_done() {
        jdbc.update("""
                insert into conclusion (committee_id, meeting_date, subject_kind, subject_key, content, assignee, due_date)
                values (?, ?, 'MEETING', 'cuoc-hop', 'Quá hạn', 'Văn phòng', ?)""", ours, TODAY.minusMonths(2), TODAY.minusDays(1));
        record(ours, draft("Đúng hạn hôm nay", TODAY));
        long toBeDone = record(ours, draft("Sẽ xong", TODAY.plusDays(10))).id();

        CommitteeScope.run(ours, () -> conclusions.markDone(toBeDone));

        List<ConclusionEntry> carried = CommitteeScope.call(ours, conclusions::carriedForward);
        assertThat(carried).extracting(ConclusionEntry::content, ConclusionEntry::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Quá hạn", ConclusionState.OVERDUE),
                org.assertj.core.groups.Tuple.tuple("Đúng hạn hôm nay", ConclusionState.OPEN),
                org.assertj.core.groups.Tuple.tuple("Sẽ xong", ConclusionState.DONE));
        assertThat(carried.getLast().doneOn()).isEqualTo(TODAY);
    }

    @Test
    void another_committees_conclusion_is_neither_carried_forward_here_nor_marked_done_from_here() {
        long theirConclusion = record(theirs, draft("Của xã bên cạnh", TODAY.plusDays(5))).id();

        assertThat(CommitteeScope.call(ours, conclusions::carriedForward)).isEmpty();
        assertThat(CommitteeScope.call(ours, () -> conclusions.concerning(List.of("ratings#card-member-trend")))).isEmpty();
        assertThatThrownBy(() -> CommitteeScope.run(ours, () -> conclusions.markDone(theirConclusion)))
                .extracting(e -> ((Refusal) e).message().key()).isEqualTo("conclusions.error.unknown");
        assertThat(jdbc.queryForObject("select done_on from conclusion where id = ?", LocalDate.class, theirConclusion)).isNull();
    }

    @Test
    void a_page_naming_no_one_committee_records_nothing() {
        jdbc.update("insert into party_committee (code, name, org_level) values ('kl-third', 'Thứ ba', 'COMMUNE')");
        try {
            directory.refresh();
            assertThatThrownBy(() -> record(CommitteeScope.ALL, draft("Không rõ Đảng bộ", TODAY)))
                    .extracting(e -> ((Refusal) e).message().key()).isEqualTo("conclusions.error.no-committee");
        } finally {
            jdbc.update("delete from party_committee where code = 'kl-third'");
        }
    }
}
