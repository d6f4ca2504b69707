package vn.dangbo.dashboard.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;

/**
 * A party committee: the province's, a commune's (or ward's), or a partial committee inside a commune. Its code names
 * it in addresses and files ("hai-nam"). A former commune merged into a new one keeps its row, with the day.
 */
@Entity
@FilterDef(name = ScopeFilter.NAME, autoEnabled = true, applyToLoadByKey = true,
        parameters = @ParamDef(name = ScopeFilter.PARAMETER, type = Long.class, resolver = ScopeResolver.class))
public class PartyCommittee {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String district;
    private String province;
    @Enumerated(EnumType.STRING)
    private ResidentialWord residentialWord;
    private String code;
    private Long parentId;
    @Enumerated(EnumType.STRING)
    @Column(name = "org_level")
    private OrganisationLevel level;
    private Long mergedIntoId;
    private LocalDate mergedOn;

    protected PartyCommittee() {
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDistrict() {
        return district;
    }

    public String getProvince() {
        return province;
    }

    /** What the commune calls its residential areas; xóm when not set. */
    public ResidentialWord getResidentialWord() {
        return residentialWord == null ? ResidentialWord.DEFAULT : residentialWord;
    }

    public String getCode() {
        return code;
    }

    public Long getParentId() {
        return parentId;
    }

    public OrganisationLevel getLevel() {
        return level;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public LocalDate getMergedOn() {
        return mergedOn;
    }
}
