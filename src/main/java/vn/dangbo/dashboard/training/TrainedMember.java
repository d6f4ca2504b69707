package vn.dangbo.dashboard.training;

/** A member sent to a programme during a term, with their cell. */
public record TrainedMember(String code, String fullName, String cellCode, String cellName, TrainingProgramme programme,
                            int startYear) {
}
