package vn.dangbo.dashboard.presentation;

import vn.dangbo.dashboard.base.i18n.Refusal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which slides the page's committee's presentation shows and in what order; saved in the database for the next
 * congress, each committee its own.
 */
@Service
@Transactional(readOnly = true)
public class PresentationService {
    private final PresentationSlideRepository slides;
    private final CommitteeDirectory directory;

    PresentationService(PresentationSlideRepository slides, CommitteeDirectory directory) {
        this.slides = slides;
        this.directory = directory;
    }

    /** The chosen slides in order, or every slide in the default order when none was chosen (or no committee is). */
    public List<Slide> slides() {
        List<Slide> chosen = directory.ofPage().map(committee -> slides.findAllByCommitteeIdOrderByPositionAsc(committee)
                .stream().map(PresentationSlide::getSlide).toList()).orElse(List.of());
        return chosen.isEmpty() ? Arrays.asList(Slide.values()) : chosen;
    }

    /**
     * Saves the slides to show, in order; duplicates count once.
     *
     * @throws Refusal when none is chosen, or the page names no one committee; nothing is changed then
     */
    @Transactional
    public void save(List<Slide> chosen) {
        List<Slide> unique = new ArrayList<>(new LinkedHashSet<>(chosen));
        if (unique.isEmpty()) {
            throw new Refusal("presentation.none-chosen");
        }
        long committee = directory.ofPage().orElseThrow(() -> new Refusal("presentation.no-committee"));
        slides.deleteByCommittee(committee);
        slides.flush();
        for (int i = 0; i < unique.size(); i++) {
            slides.save(new PresentationSlide(committee, i + 1, unique.get(i)));
        }
    }
}
