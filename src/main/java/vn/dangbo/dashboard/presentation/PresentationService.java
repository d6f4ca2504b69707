package vn.dangbo.dashboard.presentation;

import vn.dangbo.dashboard.base.i18n.Refusal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which slides the presentation shows and in what order; saved in the database for the next congress. */
@Service
@Transactional(readOnly = true)
public class PresentationService {
    private final PresentationSlideRepository slides;

    PresentationService(PresentationSlideRepository slides) {
        this.slides = slides;
    }

    /** The chosen slides in order, or every slide in the default order when none was chosen. */
    public List<Slide> slides() {
        List<Slide> chosen = slides.findAllByOrderByPositionAsc().stream().map(PresentationSlide::getSlide).toList();
        return chosen.isEmpty() ? Arrays.asList(Slide.values()) : chosen;
    }

    /**
     * Saves the slides to show, in order; duplicates count once.
     *
     * @throws Refusal when none is chosen; nothing is changed then
     */
    @Transactional
    public void save(List<Slide> chosen) {
        List<Slide> unique = new ArrayList<>(new LinkedHashSet<>(chosen));
        if (unique.isEmpty()) {
            throw new Refusal("presentation.none-chosen");
        }
        slides.deleteAllInBatch();
        slides.flush();
        for (int i = 0; i < unique.size(); i++) {
            slides.save(new PresentationSlide(i + 1, unique.get(i)));
        }
    }
}
