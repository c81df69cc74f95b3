package fr.amiengine.integrity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The head of a chain (its count and last hash) as it was written into a document that left the application: the
 * minutes, or a publication of the panorama. The chain must still hold that hash at that count.
 */
@Entity
@Table(name = "ledger_head")
public class LedgerHead {

    /** Where the head was written. */
    public enum WrittenIn {
        MINUTES("procès-verbal du comité"),
        PANORAMA("panorama publié");

        public final String label;

        WrittenIn(String label) {
            this.label = label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "campaign_id", nullable = false)
    public Long campaignId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public LedgerChain chain;

    @Column(nullable = false)
    public long entries;

    @Column(nullable = false, length = 64)
    public String hash;

    @Enumerated(EnumType.STRING)
    @Column(name = "written_in", nullable = false, length = 20)
    public WrittenIn writtenIn;

    /** The publication's revision, for a panorama. */
    public Integer revision;

    @Column(name = "written_at", nullable = false)
    public Instant writtenAt;
}
