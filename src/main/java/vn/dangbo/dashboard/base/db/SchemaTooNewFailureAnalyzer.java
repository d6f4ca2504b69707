package vn.dangbo.dashboard.base.db;

import org.flywaydb.core.api.exception.FlywayValidateException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A database migrated by a newer version of the application stops start-up with a plain explanation, in Vietnamese
 * and English. Nothing has been written to the database when this happens.
 */
class SchemaTooNewFailureAnalyzer extends AbstractFailureAnalyzer<FlywayValidateException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FlywayValidateException cause) {
        String message = cause.getMessage() == null ? "" : cause.getMessage();
        boolean newer = message.contains("not resolved locally") || message.contains("applied migration");
        String description = newer
                ? "Cơ sở dữ liệu đã được nâng cấp bởi một phiên bản ứng dụng mới hơn phiên bản đang chạy. "
                  + "Ứng dụng dừng lại để không làm hỏng dữ liệu; dữ liệu không bị thay đổi.\n"
                  + "The database was migrated by a newer version of the application. Start-up stopped so that "
                  + "nothing is damaged; no data were changed.\n" + message
                : "Lược đồ cơ sở dữ liệu không khớp với phiên bản ứng dụng; dữ liệu không bị thay đổi.\n"
                  + "The database schema does not match this version of the application; no data were changed.\n"
                  + message;
        String action = newer
                ? "Hãy chạy phiên bản ứng dụng mới hơn (bản đã nâng cấp cơ sở dữ liệu), hoặc khôi phục bản sao lưu "
                  + "tương ứng với phiên bản này. / Run the newer version, or restore a backup that matches this one."
                : "Kiểm tra các tệp migration trong db/migration. / Check the migrations in db/migration.";
        return new FailureAnalysis(description, action, cause);
    }
}
