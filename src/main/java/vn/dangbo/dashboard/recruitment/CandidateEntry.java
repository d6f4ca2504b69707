package vn.dangbo.dashboard.recruitment;

import java.time.LocalDate;

/** A person in the pipeline as a list shows them: name, cell, stage and since when. */
public record CandidateEntry(String fullName, String cellCode, String cellName, CandidateStage stage, LocalDate since) {
}
