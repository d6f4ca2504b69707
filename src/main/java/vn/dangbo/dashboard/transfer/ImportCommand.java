package vn.dangbo.dashboard.transfer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;
import vn.dangbo.dashboard.organisation.CommitteeNode;
import vn.dangbo.dashboard.organisation.CommitteeScope;

/**
 * The same import for the office's scripts: {@code java -jar dangbo-dashboard.jar --dangbo.import=nam-2020.xlsx}
 * (started without the web server, see {@link vn.dangbo.dashboard.Application#application}) imports the file (all or nothing), prints what it did or every problem, and exits
 * with 0 when imported, 1 when refused. {@code --dangbo.import.committee=mau-03} imports it as that committee's page
 * would (a workbook of another committee is refused; a province's code lets a workbook add a commune under it);
 * without it the file's own committee code decides, or the only committee of a one-commune deployment.
 */
@Component
@Order(200)
class ImportCommand implements ApplicationRunner {
    static final String PROPERTY = "dangbo.import";
    /** Whether the application ends after the import (a test of the whole command keeps it running). */
    static final String EXIT_PROPERTY = "dangbo.import.exit";
    static final String COMMITTEE_PROPERTY = "dangbo.import.committee";
    private final ImportService imports;
    private final Environment environment;
    private final ApplicationContext context;
    private final CommitteeDirectory directory;

    ImportCommand(ImportService imports, Environment environment, ApplicationContext context, CommitteeDirectory directory) {
        this.imports = imports;
        this.directory = directory;
        this.environment = environment;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        String file = environment.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int code = importFile(Path.of(file), environment.getProperty(COMMITTEE_PROPERTY, ""), out);
        if (environment.getProperty(EXIT_PROPERTY, Boolean.class, true)) {
            System.exit(SpringApplication.exit(context, () -> code));
        }
    }

    /** Imports one file as the committee with this code would ("": as the file says), reports on {@code out}. */
    int importFile(Path file, String committee, PrintStream out) {
        if (committee.isBlank()) {
            // The command line is the deployment's own work: every committee is in scope, the file's code decides.
            return CommitteeScope.call(CommitteeScope.ALL, () -> importFile(file, out));
        }
        Optional<CommitteeNode> named = directory.byCode(committee.trim());
        if (named.isEmpty()) {
            out.println("Không nhập " + file + ": không có đảng bộ nào mã \"" + committee.trim() + "\".");
            return 1;
        }
        try (CommitteeScope.Entered ignored = CommitteeScope.serve(named.get().id())) {
            return importFile(file, out);
        }
    }

    /** Imports one file and reports on {@code out}; returns the exit code. */
    int importFile(Path file, PrintStream out) {
        try {
            if (Files.size(file) > ImportService.MAX_FILE_BYTES) {
                out.println("Không nhập " + file + ": tệp lớn hơn 5 MB; hãy chia thành nhiều tệp.");
                return 1;
            }
            ImportReport report = imports.importFile(Files.readAllBytes(file), file.getFileName().toString());
            out.println("Đã nhập " + file + ": " + ImportService.summary(report));
            report.warnings().forEach(w -> out.println("Lưu ý: " + w.vietnamese()));
            return 0;
        } catch (ImportRejected rejected) {
            out.println("Không nhập " + file + ": " + rejected.getMessage());
            rejected.problems().forEach(p -> out.println("  trang \"" + p.sheet() + "\", dòng " + p.row() + ", cột \""
                    + p.column() + "\": " + p.reason().vietnamese()));
            if (rejected.count() > rejected.problems().size()) {
                out.println("  … và " + (rejected.count() - rejected.problems().size()) + " lỗi khác.");
            }
            return 1;
        } catch (ImportRefused refused) {
            out.println("Không nhập " + file + ": " + refused.getMessage());
            return 1;
        } catch (IOException unreadable) {
            out.println("Không đọc được tệp " + file + ": " + unreadable.getMessage());
            return 1;
        }
    }
}
