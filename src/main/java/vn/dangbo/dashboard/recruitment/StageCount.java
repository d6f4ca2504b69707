package vn.dangbo.dashboard.recruitment;

/** Candidates at one stage of the recruitment pipeline. */
public record StageCount(CandidateStage stage, long count) {
}
