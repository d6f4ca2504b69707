package vn.dangbo.dashboard.badges;

import org.hibernate.annotations.Filter;
import vn.dangbo.dashboard.organisation.ScopeFilter;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** A party badge presented to a member: which (years of party age), on which day, and why early if it was. */
@Entity
@Filter(name = ScopeFilter.NAME, condition = ScopeFilter.BY_COMMITTEE, deduceAliasInjectionPoints = false)
public class PartyBadge {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long memberId;
    private int badgeYears;
    private LocalDate awardedOn;
    @Enumerated(EnumType.STRING)
    private EarlyGround earlyGround;

    protected PartyBadge() {
    }

    public Long getMemberId() {
        return memberId;
    }

    public int getBadgeYears() {
        return badgeYears;
    }

    public LocalDate getAwardedOn() {
        return awardedOn;
    }

    public EarlyGround getEarlyGround() {
        return earlyGround;
    }
}
