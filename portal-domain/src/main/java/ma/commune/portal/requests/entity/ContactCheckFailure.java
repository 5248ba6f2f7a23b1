package ma.commune.portal.requests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A try to reopen or appeal a case on {@code /track} with a contact that was not the requester's (or
 * one being checked): the client address and the tracking code as SHA-256 digests only, dated by the
 * database's clock (the column's default), kept no longer than the window of the contact checks.
 */
@Entity
@Table(name = "contact_check_failure")
public class ContactCheckFailure implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_key", nullable = false, length = 64)
    private String clientKey;

    @Column(name = "case_key", nullable = false, length = 64)
    private String caseKey;

    @Column(insertable = false, updatable = false)
    private Instant at;

    protected ContactCheckFailure() {
    }

    public ContactCheckFailure(String clientKey, String caseKey) {
        this.clientKey = clientKey;
        this.caseKey = caseKey;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }
}
