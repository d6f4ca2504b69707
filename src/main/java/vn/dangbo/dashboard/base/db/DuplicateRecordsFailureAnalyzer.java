package vn.dangbo.dashboard.base.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up stopped because rows are doubled: says which, in Vietnamese and English, and what to do. */
class DuplicateRecordsFailureAnalyzer extends AbstractFailureAnalyzer<DuplicateRecords> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DuplicateRecords cause) {
        String list = String.join("\n  ", cause.doubled());
        return new FailureAnalysis(
                "Cơ sở dữ liệu có bản ghi bị trùng (cùng khóa), nên chưa thể thêm khóa duy nhất chống trùng. "
                        + "Dữ liệu không bị thay đổi.\nThe database holds doubled records (same key), so the unique keys "
                        + "that prevent doubling cannot be added yet. No data were changed.\n  " + list,
                "Hãy xóa các dòng thừa (giữ một dòng cho mỗi khóa) rồi khởi động lại. / Delete the extra rows (keep one "
                        + "per key) and start again.", cause);
    }
}
