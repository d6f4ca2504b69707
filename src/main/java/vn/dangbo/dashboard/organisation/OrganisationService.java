package vn.dangbo.dashboard.organisation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    private final CommitteeDirectory directory;

    OrganisationService(CommitteeRepository committees, TermRepository terms, CellRepository cells,
                        CommitteeDirectory directory) {
        this.directory = directory;
        this.committees = committees;
        this.terms = terms;
        this.cells = cells;
    }

    /** The committee's name, if one has been recorded yet. */
    public Optional<String> committeeName() {
        return shown().map(PartyCommittee::getName);
    }

    /**
     * The committee above the one in scope, as its documents name it: the committee recorded above it, or else the
     * district's or the province's committee it was recorded under; empty when none is known.
     */
    public Optional<Superior> superior() {
        return shown().flatMap(committee -> {
            if (committee.getParentId() != null) {
                return committees.findById(committee.getParentId()).map(p -> new Superior(Superior.Kind.COMMITTEE, p.getName()));
            }
            if (committee.getDistrict() != null && !committee.getDistrict().isBlank()) {
                return Optional.of(new Superior(Superior.Kind.DISTRICT, committee.getDistrict().trim()));
            }
            if (committee.getProvince() != null && !committee.getProvince().isBlank()) {
                return Optional.of(new Superior(Superior.Kind.PROVINCE, committee.getProvince().trim()));
            }
            return Optional.empty();
        });
    }

    /** What the commune calls its residential areas, and so its hamlet cells ("chi bộ thôn"). */
    public ResidentialWord residentialWord() {
        return shown().map(PartyCommittee::getResidentialWord).orElse(ResidentialWord.DEFAULT);
    }

    /** The committee whose records are read now; with every committee in scope, the first (one commune). */
    private Optional<PartyCommittee> shown() {
        long scope = CommitteeScope.currentId();
        if (scope == CommitteeScope.ALL) {
            return committees.findFirstByOrderByIdAsc();
        }
        return committees.findById(scope);
    }

    /**
     * The terms of the committee in scope, the newest first: a merged commune's include its former communes' terms,
     * one entry per span of years (its own term when it has one).
     */
    public List<TermPeriod> terms() {
        long scope = CommitteeScope.currentId();
        Map<Integer, TermPeriod> bySpan = new LinkedHashMap<>();
        for (Term t : terms.findAllByOrderByStartYearDesc()) {
            TermPeriod period = new TermPeriod(t.getId(), t.getStartYear(), t.getEndYear());
            if (!bySpan.containsKey(t.getStartYear()) || t.committeeId() == scope) {
                bySpan.put(t.getStartYear(), period);
            }
        }
        return List.copyOf(bySpan.values());
    }

    /** The newest term, which the dashboards show unless told otherwise. */
    public Optional<TermPeriod> currentTerm() {
        return terms().stream().findFirst();
    }

    /**
     * The day the committee in scope was formed by merging former communes (its time series break there: the years
     * before are their sums), if it was.
     */
    public Optional<LocalDate> mergedOn() {
        long scope = CommitteeScope.currentId();
        return scope <= 0 ? Optional.empty() : directory.formerOf(scope).stream()
                .map(CommitteeNode::mergedOn).filter(Objects::nonNull).min(LocalDate::compareTo);
    }

    /** The former communes the committee in scope was formed from, by id, in the order of their names. */
    public Map<Long, String> formerCommunes() {
        long scope = CommitteeScope.currentId();
        Map<Long, String> formers = new LinkedHashMap<>();
        if (scope > 0) {
            directory.formerOf(scope).forEach(former -> formers.put(former.id(), former.name()));
        }
        return formers;
    }

    public CellCount cellCount() {
        return cells.countByKind();
    }

    /** All cells: the hamlet cells first, each group by code. */
    public List<CellSummary> cells() {
        return cells.summaries();
    }

    /** The cell of a code, when the scope holds exactly one (two communes of a province may share a code). */
    public Optional<CellSummary> cell(String code) {
        List<CellSummary> found = cells.summariesOf(code);
        return found.size() == 1 ? Optional.of(found.getFirst()) : Optional.empty();
    }

    /** The term a URL names, as "2015-2020". */
    public Optional<TermPeriod> term(String label) {
        return terms().stream().filter(t -> t.label().equals(label)).findFirst();
    }
}
