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
 * A recent residents' form from one client address, for {@link SubmissionPace}: the address as a
 * SHA-256 digest only, kept no longer than the pace's window.
 */
@Entity
@Table(name = "submission_attempt")
public class SubmissionAttempt implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_key", nullable = false, length = 64)
    private String clientKey;

    @Column(nullable = false)
    private Instant at;

    protected SubmissionAttempt() {
    }

    public SubmissionAttempt(String clientKey, Instant at) {
        this.clientKey = clientKey;
        this.at = at;
    }

    public String getClientKey() {
        return clientKey;
    }

    public Instant getAt() {
        return at;
    }
}
