package vn.dangbo.dashboard.recruitment;

/**
 * Stages of the recruitment pipeline before admission: an outstanding person identified, the course on awareness
 * of the Party, the application and background check, the introduction, the resolutions awaiting the decision.
 */
public enum CandidateStage {
    IDENTIFIED, AWARENESS_COURSE, APPLICATION, INTRODUCED, AWAITING_DECISION
}
