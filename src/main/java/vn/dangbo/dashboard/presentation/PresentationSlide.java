package vn.dangbo.dashboard.presentation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import vn.dangbo.dashboard.organisation.ScopeFilter;

/** One chosen slide at its position in a committee's presentation. */
@Entity
@Table(name = "presentation_choice")
@Filter(name = ScopeFilter.NAME, condition = ScopeFilter.BY_COMMITTEE, deduceAliasInjectionPoints = false)
class PresentationSlide {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long committeeId;
    private int position;
    @Enumerated(EnumType.STRING)
    private Slide slide;

    protected PresentationSlide() {
    }

    PresentationSlide(long committeeId, int position, Slide slide) {
        this.committeeId = committeeId;
        this.position = position;
        this.slide = slide;
    }

    Slide getSlide() {
        return slide;
    }
}
