package vn.dangbo.dashboard.results;

import org.hibernate.annotations.Filter;
import vn.dangbo.dashboard.organisation.ScopeFilter;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;

/** A socio-economic target set by the congress for a term, and the result reached. */
@Entity
@Filter(name = ScopeFilter.NAME, condition = ScopeFilter.BY_COMMITTEE, deduceAliasInjectionPoints = false)
public class TermTarget {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long termId;
    private int position;
    private String name;
    private String unit;
    @Enumerated(EnumType.STRING)
    private TargetDirection direction;
    private BigDecimal targetValue;
    private BigDecimal resultValue;

    protected TermTarget() {
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public TargetDirection getDirection() {
        return direction;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public BigDecimal getResultValue() {
        return resultValue;
    }

    public int getPosition() {
        return position;
    }

    /** Whether the result reaches the target in the target's direction; false while there is no result. */
    public boolean isMet() {
        if (resultValue == null) {
            return false;
        }
        int comparison = resultValue.compareTo(targetValue);
        return direction == TargetDirection.AT_LEAST ? comparison >= 0 : comparison <= 0;
    }

    void recordResult(BigDecimal result) {
        this.resultValue = result;
    }
}
