package vn.dangbo.dashboard.transfer;

import java.util.List;
import vn.dangbo.dashboard.base.i18n.Refusal;

/** The file has problems; nothing was imported. The key says how many; {@link #problems()} lists the first. */
public class ImportRejected extends Refusal {
    private final List<ImportProblem> problems;
    private final int count;

    public ImportRejected(List<ImportProblem> problems) {
        this(problems, problems.size());
    }

    /** @param problems the first problems, to be shown; {@code count} how many there are in all */
    public ImportRejected(List<ImportProblem> problems, int count) {
        super("import.rejected", count);
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
