package vn.dangbo.dashboard.results;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An award or title given to the committee or the commune. */
@Entity
public class Award {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int awardYear;
    private String title;
    private String awardedBy;

    protected Award() {
    }

    public int getAwardYear() {
        return awardYear;
    }

    public String getTitle() {
        return title;
    }

    public String getAwardedBy() {
        return awardedBy;
    }
}
