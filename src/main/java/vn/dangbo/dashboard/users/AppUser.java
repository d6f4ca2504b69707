package vn.dangbo.dashboard.users;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.annotations.Filter;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.organisation.ScopeFilter;

/** A person who may sign in. The password is stored only as a BCrypt hash. */
@Entity
@Filter(name = ScopeFilter.NAME, condition = ScopeFilter.ACCOUNT, deduceAliasInjectionPoints = false)
@Table(name = "app_user")
class AppUser {
    static final int MAX_FAILED_ATTEMPTS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String displayName;
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;
    private @Nullable Long cellId;
    /** The committee the user is granted, and what lies under it; none: the whole deployment. */
    private @Nullable Long committeeId;
    private boolean enabled = true;
    private boolean mustChangePassword;
    private int failedAttempts;
    private @Nullable Instant lockedUntil;
    private @Nullable String briefEmail;

    protected AppUser() {
    }

    AppUser(String username, String displayName, String passwordHash, Role role, @Nullable Long cellId, @Nullable Long committeeId,
            boolean mustChangePassword) {
        this.committeeId = committeeId;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.cellId = cellId;
        this.mustChangePassword = mustChangePassword;
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * Counts a failed sign-in; the fifth in a row locks the account for {@code lockout}. Failures while it is locked
     * do not count, so nobody can keep an account locked by trying again and again.
     *
     * @return whether this failure locked the account
     */
    boolean failedSignIn(Instant now, Duration lockout) {
        if (lockedAt(now)) {
            return false;
        }
        failedAttempts++;
        if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
            lockedUntil = now.plus(lockout);
            failedAttempts = 0;
            return true;
        }
        return false;
    }

    void signedIn() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    void changePassword(String newHash, boolean mustChangeNext) {
        this.passwordHash = newHash;
        this.mustChangePassword = mustChangeNext;
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    void setEnabled(boolean newEnabled) {
        this.enabled = newEnabled;
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Role getRole() {
        return role;
    }

    @Nullable Long getCellId() {
        return cellId;
    }

    boolean isEnabled() {
        return enabled;
    }

    boolean isMustChangePassword() {
        return mustChangePassword;
    }

    @Nullable Instant getLockedUntil() {
        return lockedUntil;
    }

    /** Sends the monthly brief to this address from now on; null: no longer. */
    void sendBriefTo(@Nullable String address) {
        this.briefEmail = address;
    }

    @Nullable String getBriefEmail() {
        return briefEmail;
    }

    @Nullable Long getCommitteeId() {
        return committeeId;
    }
}
