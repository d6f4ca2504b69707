package vn.dangbo.dashboard.transfer;

import java.util.List;

/** The file has problems; nothing was imported. */
public class ImportRejected extends RuntimeException {
    private final List<ImportProblem> problems;

    public ImportRejected(List<ImportProblem> problems) {
        super(problems.size() + " lỗi; không nhập dòng nào.");
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
