package vn.dangbo.dashboard.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The committee, its terms and its cells. */
@Service
@Transactional(readOnly = true)
public class OrganisationService {
    private final CommitteeRepository committees;
    private final TermRepository terms;
    private final CellRepository cells;

    OrganisationService(CommitteeRepository committees, TermRepository terms, CellRepository cells) {
        this.committees = committees;
        this.terms = terms;
        this.cells = cells;
    }

    /** The committee's name, if one has been recorded yet. */
    public Optional<String> committeeName() {
        return committees.findFirstByOrderByIdAsc().map(PartyCommittee::getName);
    }

    /** What the commune calls its residential areas, and so its hamlet cells ("chi bộ thôn"). */
    public ResidentialWord residentialWord() {
        return committees.findFirstByOrderByIdAsc().map(PartyCommittee::getResidentialWord).orElse(ResidentialWord.DEFAULT);
    }

    /** All terms, the newest first. */
    public List<TermPeriod> terms() {
        return terms.findAllByOrderByStartYearDesc().stream()
                .map(t -> new TermPeriod(t.getId(), t.getStartYear(), t.getEndYear()))
                .toList();
    }

    /** The newest term, which the dashboards show unless told otherwise. */
    public Optional<TermPeriod> currentTerm() {
        return terms().stream().findFirst();
    }

    public CellCount cellCount() {
        return cells.countByKind();
    }

    /** All cells: the hamlet cells first, each group by code. */
    public List<CellSummary> cells() {
        return cells.summaries();
    }

    public Optional<CellSummary> cell(String code) {
        return cells.summary(code);
    }

    /** The term a URL names, as "2015-2020". */
    public Optional<TermPeriod> term(String label) {
        return terms().stream().filter(t -> t.label().equals(label)).findFirst();
    }
}
