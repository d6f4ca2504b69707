package vn.dangbo.dashboard.members;

import vn.dangbo.dashboard.base.Today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.SeedDatabaseTest;

/** The office's edits of members' records: validated, ruled, and never overwriting another clerk's edit. */
@SeedDatabaseTest
class MemberServiceTest {
    @Autowired MemberService members;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removeTheTestMember() {
        jdbc.update("delete from member where code like 'TEST%'");
    }

    private MemberDraft newMember(String code) {
        MemberDraft draft = new MemberDraft();
        draft.setCode(code);
        draft.setFullName("Phạm Thị Thử");
        draft.setGender(Gender.FEMALE);
        draft.setBirthYear(1990);
        draft.setCellCode("X04");
        draft.setStatus(MemberStatus.PROBATIONARY);
        draft.setAdmissionDate(LocalDate.of(2020, 3, 3));
        return draft;
    }

    @Test
    void a_member_is_found_without_typing_diacritics_or_capitals() {
        members.save(newMember("TEST35"));

        assertThat(members.search("pham thi thu", 10)).extracting(FoundMember::code).containsExactly("TEST35");
        assertThat(members.search("PHẠM THỊ THỬ", 10)).extracting(FoundMember::code).containsExactly("TEST35");
        assertThat(members.search("thi thư", 10)).extracting(FoundMember::code).contains("TEST35");
        assertThat(members.search("pham thi thuy", 10)).extracting(FoundMember::code).doesNotContain("TEST35");
    }

    @Test
    void a_new_member_is_saved_and_counted_in_the_membership() {
        long before = members.currentMembership().total();
        members.save(newMember("TEST31"));
        assertThat(members.currentMembership().total()).isEqualTo(before + 1);
        assertThat(members.draft("TEST31").orElseThrow().getCellCode()).isEqualTo("X04");
    }

    @Test
    void each_rule_is_explained_in_vietnamese_and_nothing_is_saved() {
        MemberDraft blank = newMember("TEST32");
        blank.setFullName(" ");
        assertThatThrownBy(() -> members.save(blank)).hasMessage("Cần nhập họ và tên.");
        MemberDraft early = newMember("TEST32");
        early.setFullMembershipDate(LocalDate.of(2019, 1, 1));
        assertThatThrownBy(() -> members.save(early)).hasMessage("Ngày chính thức không thể trước ngày kết nạp.");
        MemberDraft lost = newMember("TEST32");
        lost.setCellCode("ZZ");
        assertThatThrownBy(() -> members.save(lost)).hasMessage("Không có chi bộ mã ZZ.");
        MemberDraft future = newMember("TEST32");
        future.setAdmissionDate(Today.inVietnam().plusDays(10));
        assertThatThrownBy(() -> members.save(future)).hasMessage("Ngày kết nạp không thể ở tương lai.");
        assertThat(members.draft("TEST32")).isEmpty();
        assertThatThrownBy(() -> members.save(newMember("HN0001"))).hasMessage("Mã đảng viên HN0001 đã có.");
    }

    @Test
    void two_clerks_editing_the_same_member_do_not_overwrite_each_other() {
        members.save(newMember("TEST33"));
        MemberDraft first = members.draft("TEST33").orElseThrow();
        MemberDraft second = members.draft("TEST33").orElseThrow();
        first.setFullName("Phạm Thị Một");
        members.save(first);

        second.setFullName("Phạm Thị Hai");
        assertThatThrownBy(() -> members.save(second)).isInstanceOf(MemberException.class)
                .hasMessageStartingWith("Đảng viên TEST33 vừa được người khác sửa.");
        assertThat(members.draft("TEST33").orElseThrow().getFullName()).isEqualTo("Phạm Thị Một");
    }

    @Test
    void a_member_who_leaves_stays_on_record_but_out_of_the_membership() {
        members.save(newMember("TEST34"));
        long before = members.currentMembership().total();
        MemberDraft draft = members.draft("TEST34").orElseThrow();

        members.leave("TEST34", draft.getVersion(), LocalDate.of(2020, 5, 1), LeaveReason.TRANSFERRED_OUT);

        assertThat(members.currentMembership().total()).isEqualTo(before - 1);
        assertThat(jdbc.queryForObject("select left_reason from member where code = 'TEST34'", String.class))
                .isEqualTo("TRANSFERRED_OUT");
    }

    @Test
    void a_member_moved_to_another_cell_is_listed_there() {
        members.save(newMember("TEST35"));
        members.transfer("TEST35", members.draft("TEST35").orElseThrow().getVersion(), "X05");
        assertThat(members.currentMembersOf("X05")).anyMatch(m -> m.code().equals("TEST35"));
        assertThat(members.currentMembersOf("X04")).noneMatch(m -> m.code().equals("TEST35"));
    }
}
