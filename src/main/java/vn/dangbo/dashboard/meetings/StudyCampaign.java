package vn.dangbo.dashboard.meetings;

import org.hibernate.annotations.Filter;
import vn.dangbo.dashboard.organisation.ScopeFilter;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The study of one party resolution or directive (học tập, quán triệt): who took part of those required. */
@Entity
@Filter(name = ScopeFilter.NAME, condition = ScopeFilter.BY_COMMITTEE, deduceAliasInjectionPoints = false)
public class StudyCampaign {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String resolution;
    private int studyYear;
    private int tookPart;
    private int required;

    protected StudyCampaign() {
    }

    public String getResolution() {
        return resolution;
    }

    public int getStudyYear() {
        return studyYear;
    }

    public int getTookPart() {
        return tookPart;
    }

    public int getRequired() {
        return required;
    }
}
