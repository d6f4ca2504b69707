package vn.dangbo.dashboard.members;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.dashboard.SeedDatabaseTest;
import vn.dangbo.dashboard.organisation.CommitteeScope;
import vn.dangbo.dashboard.transfer.ImportSheet;

/** A change to a member's record is audited field by field, each field named as the member sheet's column is. */
@SeedDatabaseTest
class MemberAuditTest {
    @Autowired MemberRepository members;

    @Test
    @Transactional
    void every_column_of_the_member_sheet_but_the_code_is_audited_under_its_header() {
        Member member = CommitteeScope.call(CommitteeScope.ALL, () -> members.findAll().getFirst());

        assertThat(member.auditedFields().keySet())
                .containsExactlyElementsOf(ImportSheet.MEMBERS.columns().subList(1, ImportSheet.MEMBERS.columns().size()));
        assertThat(member.auditedFields()).containsEntry("Mã chi bộ", member.getCell().getCode());
    }
}
