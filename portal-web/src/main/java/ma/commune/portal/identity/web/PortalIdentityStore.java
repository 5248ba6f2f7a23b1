package ma.commune.portal.identity.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Set;
import ma.commune.portal.identity.boundary.Accounts;
import ma.commune.portal.identity.boundary.LoginResult;

/**
 * Checks staff logins against the accounts in the database (PBKDF2 hashes), for whatever asks Jakarta
 * Security's identity stores. The portal's own logins ({@link PortalAuthenticationMechanism}) call the
 * account service directly, with the client's address, which the login pace needs and a credential does
 * not carry; here the address is unknown and all such attempts share one pace per account.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @EJB
    Accounts accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginResult result = accounts.authenticate(login.getCaller(), login.getPasswordAsString(), null);
        return result.valid()
                ? new CredentialValidationResult(result.username(), result.roles())
                : CredentialValidationResult.INVALID_RESULT;
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }
}
