package fr.amiengine.integrity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The secret of a campaign's actor digests; deleted when the campaign's personal data is erased (ADR 0009). */
@Entity
@Table(name = "ledger_key")
public class LedgerKey {

    @Id
    @Column(name = "campaign_id")
    public Long campaignId;

    /** 32 random bytes, in hex. */
    @Column(nullable = false, length = 64)
    public String secret;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
