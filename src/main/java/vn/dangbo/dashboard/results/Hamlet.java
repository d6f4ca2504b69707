package vn.dangbo.dashboard.results;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A hamlet (xóm) of the commune, usually with its own party cell. */
@Entity
public class Hamlet {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private Long cellId;

    protected Hamlet() {
    }

    public String getName() {
        return name;
    }
}
