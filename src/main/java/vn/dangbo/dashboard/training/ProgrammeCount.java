package vn.dangbo.dashboard.training;

public record ProgrammeCount(TrainingProgramme programme, long count) {
}
