package vn.dangbo.dashboard.results.ui;

import java.util.Arrays;
import java.util.List;
import vn.dangbo.dashboard.base.i18n.Texts;
import vn.dangbo.dashboard.organisation.TermPeriod;
import vn.dangbo.dashboard.results.TargetResult;
import vn.dangbo.dashboard.base.table.Table;

/** The term's socio-economic targets and results as a table to download. */
public final class TargetTable {

    private TargetTable() {
    }

    public static Table of(TermPeriod term, List<TargetResult> targets, Texts texts) {
        List<List<Object>> rows = targets.stream().map(t -> Arrays.<Object>asList(t.position(), t.name(), t.unit(),
                t.target(), t.result(), texts.t(t.met() ? "targets.met" : "targets.not-met"))).toList();
        return new Table(texts.t("targets.title", String.valueOf(term.startYear()), String.valueOf(term.endYear())),
                List.of("STT", texts.t("targets.name"), texts.t("targets.unit"), texts.t("targets.target"),
                        texts.t("targets.result"), texts.t("targets.state")), rows);
    }
}
