package ma.commune.portal.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import ma.commune.portal.identity.boundary.AccountForm;
import ma.commune.portal.identity.boundary.Accounts;
import ma.commune.portal.identity.entity.Account;
import ma.commune.portal.identity.entity.Department;
import ma.commune.portal.identity.entity.Role;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.web.Messages;
import ma.commune.portal.shared.web.PagedModel;
import org.primefaces.PrimeFaces;

/** Administrators manage staff accounts: department, head of department, roles, activation, password. */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Accounts accounts;

    private static final Map<String, String> FIELD_OF_RULE = Map.of(
            "account.rule.usernameTaken", "accountDialogForm:username",
            "account.rule.passwordTooShort", "accountDialogForm:newPassword",
            "account.rule.passwordRequired", "accountDialogForm:newPassword",
            "account.rule.roleRequired", "accountDialogForm:roles",
            "account.rule.departmentRequired", "accountDialogForm:department",
            "account.rule.lastAdmin", "accountDialogForm:roles");

    private PagedModel<Account> model;
    private AccountForm form = new AccountForm();
    private List<Department> departments;

    @PostConstruct
    void init() {
        Accounts service = accounts;
        model = new PagedModel<>(page -> service.search(page), page -> service.count(page), a -> a.getId().toString());
        departments = accounts.departments();
    }

    public void create() {
        form = new AccountForm();
    }

    public void edit(long id) {
        form = AccountForm.of(accounts.find(id));
    }

    public void save() {
        try {
            accounts.save(form);
            Messages.info("account.saved");
            PrimeFaces.current().executeScript("PF('accountDialog').hide()");
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused, FIELD_OF_RULE);
        }
    }

    public void unlock(long id) {
        accounts.unlock(id);
        Messages.info("account.unlocked");
    }

    /** The account's failed logins within the pace's window, from every address (the "unlock" forgets them). */
    public int failedLogins(Account account) {
        return accounts.recentFailedLogins(account);
    }

    public PagedModel<Account> getModel() {
        return model;
    }

    public AccountForm getForm() {
        return form;
    }

    public List<Department> getDepartments() {
        return departments;
    }

    public Role[] getRoles() {
        return Role.values();
    }
}
