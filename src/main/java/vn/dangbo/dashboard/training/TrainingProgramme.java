package vn.dangbo.dashboard.training;

/** Programmes cadres are sent to: university, vocational intermediate, political-theory intermediate. */
public enum TrainingProgramme {
    UNIVERSITY, VOCATIONAL_INTERMEDIATE, POLITICAL_THEORY_INTERMEDIATE
}
