package vn.dangbo.dashboard.recruitment;

import vn.dangbo.dashboard.organisation.CellKind;

/** Members a cell admitted during a term, and how many of them were direct workers. */
public record CellAdmissions(String cellCode, String cellName, CellKind kind, long admitted, long directWorkers) {
}
