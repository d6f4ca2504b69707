package vn.dangbo.dashboard.training;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.dashboard.organisation.TermPeriod;

/** Cadres sent to training. */
@Service
@Transactional(readOnly = true)
public class TrainingService {
    private final TrainingRepository trainings;

    TrainingService(TrainingRepository trainings) {
        this.trainings = trainings;
    }

    /** How many were sent to each programme during the term; every programme is listed, in the enum's order. */
    public List<ProgrammeCount> byProgramme(TermPeriod term) {
        return byProgramme(term, null);
    }

    /** The same for the members of one cell (null: all). */
    public List<ProgrammeCount> byProgramme(TermPeriod term, @Nullable String cellCode) {
        return byProgramme(term.startYear(), term.endYear(), cellCode);
    }

    /** How many were sent to each programme in one year; every programme is listed. */
    public List<ProgrammeCount> byProgrammeIn(int year) {
        return byProgramme(year, year, null);
    }

    private List<ProgrammeCount> byProgramme(int from, int to, @Nullable String cellCode) {
        Map<TrainingProgramme, Long> counts = new EnumMap<>(TrainingProgramme.class);
        for (TrainingProgramme programme : TrainingProgramme.values()) {
            counts.put(programme, 0L);
        }
        trainings.countByProgramme(from, to, cellCode)
                .forEach(row -> counts.put(row.programme(), row.count()));
        return counts.entrySet().stream()
                .map(e -> new ProgrammeCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(ProgrammeCount::programme))
                .toList();
    }

    /** The members sent to a programme during the term, in one cell (null: in all), the earliest first. */
    public List<TrainedMember> trainedIn(TermPeriod term, TrainingProgramme programme, @Nullable String cellCode) {
        return trainings.trainedIn(term.startYear(), term.endYear(), programme, cellCode);
    }
}
