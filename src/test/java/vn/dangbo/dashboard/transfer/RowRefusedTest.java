package vn.dangbo.dashboard.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;

/** A row the database refuses is told to the clerk by sheet, row and what to do, never in the database's words. */
class RowRefusedTest {

    @Test
    void a_doubled_key_names_the_sheet_and_row_and_says_what_to_do() {
        ImportRefused refused = new RowRefused(ImportSheet.COMMITTEE, 2,
                new DuplicateKeyException("Unique index or primary key violation: PARTY_COMMITTEE_CODE_UNIQUE")).toRefusal();

        assertThat(refused.message().vietnamese())
                .isEqualTo("Cơ sở dữ liệu không nhận trang «Đảng bộ», dòng 2: một giá trị trùng với một dòng đã có. "
                        + "Chưa nhập dòng nào. Hãy sửa dòng đó trong tệp rồi nhập lại; nếu không thấy chỗ sai, báo quản trị "
                        + "viên kèm tên tệp.")
                .doesNotContain("PARTY_COMMITTEE", "violation");
    }

    @Test
    void a_missing_value_and_a_busy_database_are_told_apart() {
        assertThat(new RowRefused(ImportSheet.MEMBERS, 1200, new DataIntegrityViolationException("NULL not allowed for column CODE"))
                .toRefusal().message().vietnamese()).contains("«Đảng viên», dòng 1200: thiếu một giá trị bắt buộc")
                .doesNotContain("NULL");
        assertThat(new RowRefused(ImportSheet.MEMBER_RATINGS, 7, new QueryTimeoutException("canceling statement"))
                .toRefusal().message().vietnamese()).contains("đang bận hoặc thiếu bộ nhớ");
    }
}
