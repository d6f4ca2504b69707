package vn.dangbo.dashboard.results;

/** A hamlet's new-rural standard in a year: none yet, met, advanced (nâng cao), model (kiểu mẫu). */
public enum NewRuralStatus {
    NONE, NEW_RURAL, ADVANCED, MODEL
}
