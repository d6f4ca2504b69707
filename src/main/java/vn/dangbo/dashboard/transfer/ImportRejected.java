package vn.dangbo.dashboard.transfer;

import java.util.List;

/** The file has problems; nothing was imported. */
public class ImportRejected extends RuntimeException {
    private final List<ImportProblem> problems;
    private final int count;

    public ImportRejected(List<ImportProblem> problems) {
        this(problems, problems.size());
    }

    /** @param problems the first problems, to be shown; {@code count} how many there are in all */
    public ImportRejected(List<ImportProblem> problems, int count) {
        super(count + " lỗi; không nhập dòng nào.");
        this.problems = List.copyOf(problems);
        this.count = count;
    }

    public int count() {
        return count;
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
