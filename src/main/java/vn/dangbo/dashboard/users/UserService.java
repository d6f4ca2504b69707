package vn.dangbo.dashboard.users;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.dashboard.audit.AuditService;
import vn.dangbo.dashboard.base.Today;
import vn.dangbo.dashboard.base.i18n.Message;
import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.base.security.SignInRevoked;
import vn.dangbo.dashboard.base.security.SignedInUser;
import vn.dangbo.dashboard.organisation.CommitteeScope;

/** Users, their roles and passwords; also what Spring Security asks when someone signs in. */
@Service
@Transactional(readOnly = true)
public class UserService implements UserDetailsService {
    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,60}");
    private static final String PASSWORD_CHARS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private final AppUserRepository users;
    private final PasswordEncoder passwords;
    /** When a lock ends, as the office reads the time: in Vietnam. */
    private static final DateTimeFormatter LOCKED_UNTIL = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(Today.VIETNAM);
    private final AuditService audit;
    private final Clock clock;
    private final Duration lockout;
    private final ApplicationEventPublisher events;
    private final GrantableRoles grantable;
    private final SecureRandom random = new SecureRandom();

    UserService(AppUserRepository users, PasswordEncoder passwords, AuditService audit, Clock clock,
                @Value("${dangbo.security.lockout:PT15M}") Duration lockout, ApplicationEventPublisher events,
                GrantableRoles grantable) {
        this.grantable = grantable;
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
        this.lockout = lockout;
        this.events = events;
    }

    @Override
    public SignedInUser loadUserByUsername(String username) {
        AppUser user = anyCommittee(username.trim()).orElseThrow(() -> new UsernameNotFoundException(username));
        return signedIn(user);
    }

    public Optional<SignedInUser> find(String username) {
        return anyCommittee(username).map(this::signedIn);
    }

    public boolean hasUsers() {
        return users.count() > 0;
    }

    public List<UserAccount> accounts() {
        return users.findAllByOrderByUsernameAsc().stream().map(u -> new UserAccount(u.getUsername(), u.getDisplayName(),
                u.getRole(), u.getCellId() == null ? null : users.cellCode(u.getCellId()).orElse(null), u.isEnabled(),
                u.isMustChangePassword(), u.lockedAt(clock.instant()) ? u.getLockedUntil() : null)).toList();
    }

    /**
     * Creates a user who must choose a new password at first sign-in.
     *
     * @throws UserException with the message key of the rule that is broken
     */
    @Transactional
    public void create(String username, String displayName, Role role, @Nullable String cellCode, String password) {
        String name = username == null ? "" : username.trim().toLowerCase();
        if (!USERNAME.matcher(name).matches()) {
            throw new UserException("users.error.username-shape");
        }
        if (anyCommittee(name).isPresent()) {
            throw new UserException("users.error.username-taken", name);
        }
        if (displayName == null || displayName.isBlank()) {
            throw new UserException("users.error.name-required");
        }
        if (role == null || !grantableRoles().contains(role)) {
            throw new UserException("users.error.role-not-grantable");
        }
        Long cellId = null;
        if (role == Role.CELL_SECRETARY) {
            cellId = users.cellId(cellCode == null ? "" : cellCode.trim())
                    .orElseThrow(() -> new UserException("users.error.cell-required"));
        }
        PasswordPolicy.check(name, password);
        users.save(new AppUser(name, displayName.trim(), hash(password), role, cellId, committeeOf(cellId), true));
        audit.recordByCurrentUser("USER_CREATED", cellCode == null
                ? new Message("audit.details.user-created", name, new Message("role." + role.name()))
                : new Message("audit.details.user-created.cell", name, new Message("role." + role.name()), cellCode));
    }

    /** The roles an account created on this page may be given (never wider than the page's committee). */
    public List<Role> grantableRoles() {
        return grantable.onThisPage();
    }

    /** Creates the demo data set's accounts, whose password the README gives; they need not change it. */
    @Transactional
    public void createDemoAccount(String username, String displayName, Role role, @Nullable String cellCode, String password) {
        Long cellId = cellCode == null ? null : users.cellId(cellCode).orElseThrow();
        users.save(new AppUser(username, displayName, hash(password), role, cellId, committeeOf(cellId), false));
    }

    @Transactional
    public void setEnabled(String username, boolean enabled) {
        user(username).setEnabled(enabled);
        audit.recordByCurrentUser(enabled ? "USER_ENABLED" : "USER_DISABLED", account(username));
        if (!enabled) {
            events.publishEvent(new SignInRevoked(username));
        }
    }

    /** Lifts a lock left by failed sign-ins before its time. */
    @Transactional
    public void unlock(String username) {
        user(username).signedIn();
        audit.recordByCurrentUser("USER_UNLOCKED", account(username));
    }

    /** Gives the user a new one-time password, returned once to be handed over; they must change it. */
    @Transactional
    public String resetPassword(String username) {
        String password = oneTimePassword();
        user(username).changePassword(hash(password), true);
        audit.recordByCurrentUser("USER_PASSWORD_RESET", account(username));
        events.publishEvent(new SignInRevoked(username));
        return password;
    }

    /** An e-mail address as the brief's form accepts it: something@somewhere.tld, no spaces, at most 200 characters. */
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /**
     * Has the monthly brief sent to the user's address the day before the committee's monthly meeting; a blank address
     * stops it.
     *
     * @throws UserException when the address is not one; nothing is changed then
     */
    @Transactional
    public void sendBriefTo(String username, String address) {
        String trimmed = address == null ? "" : address.strip();
        if (!trimmed.isEmpty() && (trimmed.length() > 200 || !ADDRESS.matcher(trimmed).matches())) {
            throw new UserException("brief.mail.error.address");
        }
        // The person's own account, whichever committee's page they are on (a province's account on a commune's page).
        AppUser user = anyCommittee(username).orElseThrow(() -> new UserException("users.error.unknown", username));
        user.sendBriefTo(trimmed.isEmpty() ? null : trimmed);
        users.flush();
        audit.recordForAccount(user.getCommitteeId(), username, "USER_BRIEF_MAIL",
                new vn.dangbo.dashboard.base.i18n.Message(trimmed.isEmpty() ? "audit.details.brief-mail-off"
                        : "audit.details.brief-mail-on", username, trimmed));
    }

    /** Where the user's monthly brief is sent, if anywhere. */
    public Optional<String> briefAddress(String username) {
        return anyCommittee(username).map(AppUser::getBriefEmail);
    }

    /** The enabled accounts in scope that have the brief sent, with their addresses and committees. */
    public List<BriefSubscriber> briefSubscribers() {
        return users.findAllByOrderByUsernameAsc().stream()
                .filter(u -> u.isEnabled() && u.getBriefEmail() != null)
                .map(u -> new BriefSubscriber(u.getUsername(), u.getBriefEmail(), u.getCommitteeId())).toList();
    }

    /** The user's own change of password, which needs the current one. */
    @Transactional
    public void changeOwnPassword(String username, String current, String newPassword) {
        AppUser user = user(username);
        if (!passwords.matches(current == null ? "" : current, user.getPasswordHash())) {
            throw new UserException("password.error.current-wrong");
        }
        if (passwords.matches(newPassword == null ? "" : newPassword, user.getPasswordHash())) {
            throw new UserException("password.error.same-as-old");
        }
        PasswordPolicy.check(user.getUsername(), newPassword);
        user.changePassword(hash(newPassword), false);
        audit.recordForAccount(user.getCommitteeId(), username, "PASSWORD_CHANGED", account(username));
        events.publishEvent(new SignInRevoked(username));
    }

    /**
     * Counts a failed sign-in against the account, if there is one by that name.
     *
     * @return whether such an account exists
     */
    @Transactional
    public boolean recordFailedSignIn(String username) {
        Optional<AppUser> account = anyCommittee(username);
        account.ifPresent(u -> {
            if (u.failedSignIn(clock.instant(), lockout)) {
                audit.recordForAccount(u.getCommitteeId(), username, "ACCOUNT_LOCKED",
                        new Message("audit.details.locked-until", LOCKED_UNTIL.format(u.getLockedUntil())));
            }
        });
        return account.isPresent();
    }

    /** The committee an account is granted, if there is such an account and it names one. */
    public Optional<Long> grantOf(String username) {
        return anyCommittee(username).map(AppUser::getCommitteeId);
    }

    @Transactional
    public void recordSignIn(String username) {
        anyCommittee(username).ifPresent(AppUser::signedIn);
    }

    String oneTimePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_CHARS.charAt(random.nextInt(PASSWORD_CHARS.length())));
        }
        return password.toString();
    }

    @Transactional
    void createInitialAdmin(@Nullable String password) {
        users.save(new AppUser("admin", "Quản trị viên", hash(password), Role.ADMIN, null, null, true));
        audit.record(AuditService.SYSTEM, "USER_CREATED", new Message("audit.details.first-admin", "admin"));
    }

    private static Message account(String username) {
        return new Message("audit.details.account", username);
    }

    private AppUser user(String username) {
        return users.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new UserException("users.error.unknown", username));
    }

    /** A user by name whatever the page's committee: names are unique across the deployment, and sign-in precedes it. */
    private Optional<AppUser> anyCommittee(String username) {
        return CommitteeScope.call(CommitteeScope.ALL, () -> users.findByUsernameIgnoreCase(username));
    }

    /**
     * The committee a new user is granted: a cell secretary's cell's; otherwise the committee whose page creates them
     * (none when the page reads every committee: a deployment-wide account).
     */
    private @Nullable Long committeeOf(@Nullable Long cellId) {
        if (cellId != null) {
            return users.cellCommittee(cellId);
        }
        long scope = CommitteeScope.currentId();
        return scope > 0 ? scope : null;
    }

    /** A password's hash: Spring Security's encoder answers null only for a null password, which no form sends. */
    private String hash(@Nullable String password) {
        return Objects.requireNonNull(passwords.encode(password), "a password's hash");
    }

    private SignedInUser signedIn(AppUser user) {
        String cellCode = user.getCellId() == null ? null
                : CommitteeScope.call(CommitteeScope.ALL, () -> users.cellCode(user.getCellId())).orElse(null);
        return new SignedInUser(user.getUsername(), user.getDisplayName(), user.getPasswordHash(), user.getRole(),
                user.getCommitteeId(), cellCode, user.isEnabled(), user.lockedAt(clock.instant()), user.isMustChangePassword());
    }
}
