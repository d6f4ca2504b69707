package vn.dangbo.dashboard.presentation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** One chosen slide at its position in the presentation. */
@Entity
class PresentationSlide {
    @Id
    private int position;
    @Enumerated(EnumType.STRING)
    private Slide slide;

    protected PresentationSlide() {
    }

    PresentationSlide(int position, Slide slide) {
        this.position = position;
        this.slide = slide;
    }

    Slide getSlide() {
        return slide;
    }
}
