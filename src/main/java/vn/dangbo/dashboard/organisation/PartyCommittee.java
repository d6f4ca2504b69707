package vn.dangbo.dashboard.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class PartyCommittee {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String district;
    private String province;
    @Enumerated(EnumType.STRING)
    private ResidentialWord residentialWord;

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
}
