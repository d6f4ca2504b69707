package vn.dangbo.dashboard.members;

/**
 * A new member was recorded as the admission of a candidate of that cell. Published inside the save's transaction,
 * so whoever keeps the candidates (recruitment) takes them out of the pipeline in the same transaction, or the
 * save fails with it.
 */
public record CandidateAdmitted(String candidateName, String cellCode) {
}
