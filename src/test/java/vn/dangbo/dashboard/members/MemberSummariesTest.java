package vn.dangbo.dashboard.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.CountedAfresh;
import vn.dangbo.dashboard.SeedDatabaseTest;
import vn.dangbo.dashboard.organisation.CommitteeScope;
import vn.dangbo.dashboard.organisation.KeptCounts;

/**
 * The members counted per committee, year of admission, status and exemption are always what counting the members
 * afresh gives: at start, after a member is added, leaves, and after their record is edited.
 */
@SeedDatabaseTest
class MemberSummariesTest {
    @Autowired MemberService members;
    @Autowired KeptCounts kept;
    @Autowired JdbcTemplate jdbc;

    /** Other tests of this database write rows directly, as a tool outside the services would: counted again, as at start. */
    @BeforeEach
    void countedAsAtStart() {
        kept.countAllAfresh();
    }

    @AfterEach
    void removeTheTestMembers() {
        jdbc.update("delete from member where code like 'TEST-S%'");
        kept.countAllAfresh();
    }

    private void assertKeptAsCountedAfresh(String after) {
        CountedAfresh.MEMBERS.assertCountedAfresh(jdbc, after);
    }

    private long commune() {
        return jdbc.queryForObject("select id from party_committee where code = 'hai-nam'", Long.class);
    }

    private MemberDraft newMember(String code) {
        MemberDraft draft = new MemberDraft();
        draft.setCode(code);
        draft.setFullName("Nguyễn Văn Đếm");
        draft.setGender(Gender.MALE);
        draft.setBirthYear(1990);
        draft.setCellCode("X04");
        draft.setStatus(MemberStatus.PROBATIONARY);
        draft.setAdmissionDate(LocalDate.of(2021, 3, 3));
        return draft;
    }

    private long version(String code) {
        return jdbc.queryForObject("select version from member where code = ?", Long.class, code);
    }

    @Test
    void the_counts_kept_are_the_members_counted_afresh_after_additions_edits_and_leaving() {
        assertKeptAsCountedAfresh("a count at start");

        CommitteeScope.run(commune(), () -> {
            members.save(newMember("TEST-S1"));
            members.save(newMember("TEST-S2"));
            assertKeptAsCountedAfresh("two members added");
            MemberDraft edited = members.draft("TEST-S1").orElseThrow();
            edited.setExempt(true);
            members.save(edited);
            assertKeptAsCountedAfresh("an exemption recorded");
            members.leave("TEST-S2", version("TEST-S2"), LocalDate.of(2024, 5, 1), LeaveReason.DIED);
            assertKeptAsCountedAfresh("a member leaving");
        });
        assertThat(jdbc.queryForObject("select sum(members) from member_summary where admission_year = 2021 and in_party"
                + " and exempt and status = 'PROBATIONARY'", Long.class)).isGreaterThanOrEqualTo(1);
    }
}
