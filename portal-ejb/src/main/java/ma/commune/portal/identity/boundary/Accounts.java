package ma.commune.portal.identity.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import ma.commune.portal.identity.control.LoginThrottle;
import ma.commune.portal.identity.control.PasswordHashing;
import ma.commune.portal.identity.entity.Account;
import ma.commune.portal.identity.entity.Department;
import ma.commune.portal.identity.entity.Role;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.boundary.PageRequest;

/** Staff accounts: login checks for everyone, management for administrators only. */
@Stateless
@DeclareRoles({"ADMIN", "EDITOR", "SECRETARIAT", "FINANCE", "AGENT", "INFORMATION_OFFICER"})
@RolesAllowed("ADMIN")
public class Accounts {

    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditLog audit;

    @EJB
    LoginThrottle throttle;

    /**
     * Checks a login from a source address (the client's, see the web tier's {@code ClientAddress}), paced
     * by {@link LoginThrottle}: refused without a look at the password while this account must wait from
     * this address, and then with the same generic answer and about the same time as a wrong password (the
     * PBKDF2 work is done whatever the case: unknown user, wrong password, inactive, throttled).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public LoginResult authenticate(String username, String password, String clientAddress) {
        String name = username == null ? "" : username.strip().toLowerCase();
        Duration wait = throttle.reserve(name, clientAddress);
        if (!wait.isZero()) {
            passwords.verifyDecoy(password);
            LOG.fine(() -> "Login attempt refused for " + wait.toSeconds() + " s more: too many failed logins for this account"
                    + " (from this address, or from everywhere)");
            return LoginResult.throttled(wait);
        }
        Optional<Account> found = name.isEmpty() ? Optional.empty()
                : em.createQuery("select a from Account a where a.username = :username", Account.class)
                .setParameter("username", name).getResultStream().findFirst();
        if (found.isEmpty()) {
            passwords.verifyDecoy(password);
            return LoginResult.refused();
        }
        Account account = found.get();
        if (!passwords.verify(password, account.getPasswordHash()) || !account.isActive()) {
            return LoginResult.refused();
        }
        throttle.succeeded(name, clientAddress);
        account.recordSuccessfulLogin(Instant.now());
        return new LoginResult(true, account.getUsername(),
                account.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()));
    }

    /** The account of the caller, for the back office's header and for authorization by department. */
    @PermitAll
    public Optional<Account> byUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select a from Account a where a.username = :username", Account.class)
                .setParameter("username", username.trim().toLowerCase())
                .getResultStream().findFirst();
    }

    public List<Account> search(PageRequest page) {
        String order = switch (page.sortField() == null ? "" : page.sortField()) {
            case "displayName" -> "a.displayName";
            case "department" -> "a.department.code";
            case "lastLoginAt" -> "a.lastLoginAt";
            default -> "a.username";
        };
        TypedQuery<Account> query = em.createQuery("select a from Account a" + where(page) + " order by " + order
                + (page.ascending() || page.sortField() == null ? " asc" : " desc"), Account.class);
        bind(query, page);
        return query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    public long count(PageRequest page) {
        TypedQuery<Long> query = em.createQuery("select count(a) from Account a" + where(page), Long.class);
        bind(query, page);
        return query.getSingleResult();
    }

    public Account find(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new DomainRuleViolation("error.notFound");
        }
        return account;
    }

    @PermitAll
    public List<Department> departments() {
        return em.createQuery("select d from Department d order by d.code", Department.class).getResultList();
    }

    /** Creates or updates an account; a new account needs a password, an existing one may get a new one. */
    public Account save(AccountForm form) {
        Department department = em.find(Department.class, form.getDepartmentId());
        if (department == null) {
            throw new DomainRuleViolation("account.rule.departmentRequired");
        }
        Optional<Account> sameName = byUsername(form.getUsername());
        if (sameName.isPresent() && !sameName.get().getId().equals(form.getId())) {
            throw new DomainRuleViolation("account.rule.usernameTaken");
        }
        if (form.getRoles().isEmpty()) {
            throw new DomainRuleViolation("account.rule.roleRequired");
        }
        Account account;
        Map<String, Object> before = null;
        if (form.getId() == null) {
            if (form.getNewPassword() == null) {
                throw new DomainRuleViolation("account.rule.passwordRequired");
            }
            account = new Account(form.getUsername(), form.getDisplayName(), department, passwords.hash(form.getNewPassword()));
        } else {
            account = find(form.getId());
            before = snapshot(account);
            if (isLastActiveAdmin(account) && (!form.getRoles().contains(Role.ADMIN) || !form.isActive())) {
                throw new DomainRuleViolation("account.rule.lastAdmin");
            }
            account.setUsername(form.getUsername());
            account.setDisplayName(form.getDisplayName());
            account.setDepartment(department);
            if (form.getNewPassword() != null) {
                account.setPasswordHash(passwords.hash(form.getNewPassword()));
                throttle.forgetFailures(account.getUsername());
            }
        }
        account.setEmail(form.getEmail());
        account.setDepartmentHead(form.isDepartmentHead());
        account.setRoles(form.getRoles());
        account.setActive(form.isActive());
        if (account.getId() == null) {
            em.persist(account);
            em.flush();
        }
        if (account.isDepartmentHead()) {
            replaceHeadOf(account);
        }
        Map<String, Object> after = snapshot(account);
        if (form.getNewPassword() != null) {
            // The audit log says that the password changed, never what it is (not even its hash).
            after.put("password", "changed");
        }
        audit.record(before == null ? "create" : "update", "Account", account.getId(), before, after);
        return account;
    }

    /** A department has one head: naming a new one ends the previous one's headship (audited). */
    private void replaceHeadOf(Account head) {
        List<Account> previous = em.createQuery("select a from Account a where a.department = :department"
                        + " and a.departmentHead = true and a.id <> :id", Account.class)
                .setParameter("department", head.getDepartment()).setParameter("id", head.getId()).getResultList();
        for (Account former : previous) {
            Map<String, Object> before = snapshot(former);
            former.setDepartmentHead(false);
            audit.record("update", "Account", former.getId(), before, snapshot(former));
        }
    }

    /** The head of a department, who receives its daily reports. */
    @PermitAll
    public Optional<Account> headOf(Department department) {
        return em.createQuery("select a from Account a where a.department = :department and a.departmentHead = true"
                        + " and a.active = true", Account.class)
                .setParameter("department", department).getResultStream().findFirst();
    }

    /**
     * Forgets the account's failed logins from every address, so that its pace starts again (the owner
     * called to say they cannot log in; the audit says how many were forgotten). The action keeps its name,
     * "unlock", from the time five failures locked an account.
     */
    public void unlock(long id) {
        Account account = find(id);
        int forgotten = throttle.forgetFailures(account.getUsername());
        audit.record("unlock", "Account", id, Map.of("failedLogins", forgotten), Map.of("failedLogins", 0));
    }

    /** The account's failed logins within the pace's window, from every address (the accounts page shows them). */
    public int recentFailedLogins(Account account) {
        return throttle.recentFailures(account.getUsername());
    }

    private boolean isLastActiveAdmin(Account account) {
        if (!account.hasRole(Role.ADMIN) || !account.isActive()) {
            return false;
        }
        long admins = em.createQuery("select count(a) from Account a join a.roles r where r = :admin and a.active = true",
                Long.class).setParameter("admin", Role.ADMIN).getSingleResult();
        return admins <= 1;
    }

    public static Map<String, Object> snapshot(Account account) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("username", account.getUsername());
        state.put("displayName", account.getDisplayName());
        state.put("email", account.getEmail());
        state.put("department", account.getDepartment().getCode());
        state.put("departmentHead", account.isDepartmentHead());
        state.put("roles", account.getRoles().stream().map(Role::name).sorted().toList());
        state.put("active", account.isActive());
        return state;
    }

    private static String where(PageRequest page) {
        List<String> clauses = new ArrayList<>();
        if (page.filter("username") != null) {
            clauses.add("(lower(a.username) like :username or lower(a.displayName) like :username)");
        }
        if (page.filter("department") != null) {
            clauses.add("a.department.code = :department");
        }
        if (page.filter("role", Role.class) != null) {
            clauses.add("a.id in (select a2.id from Account a2 join a2.roles r where r = :role)");
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    private static void bind(TypedQuery<?> query, PageRequest page) {
        if (page.filter("username") != null) {
            query.setParameter("username", "%" + page.filter("username").toLowerCase() + "%");
        }
        if (page.filter("department") != null) {
            query.setParameter("department", page.filter("department"));
        }
        if (page.filter("role", Role.class) != null) {
            query.setParameter("role", page.filter("role", Role.class));
        }
    }

    /** For the start-up: whether any active administrator exists. */
    @PermitAll
    public boolean hasActiveAdministrator() {
        return em.createQuery("select count(a) from Account a join a.roles r where r = :admin and a.active = true",
                Long.class).setParameter("admin", Role.ADMIN).getSingleResult() > 0;
    }
}
