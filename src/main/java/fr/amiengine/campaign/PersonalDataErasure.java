package fr.amiengine.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What the end of a campaign's retention period erased, one line per holder of personal data
 * ({@link fr.amiengine.shared.PersonalDataHolder}); written in the same transaction as that holder's erasure.
 */
@Entity
@Table(name = "personal_data_erasure")
public class PersonalDataErasure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    public Campaign campaign;

    /** The holder's name (its class), so that a retried erasure skips the holders already done. */
    @Column(nullable = false, length = 200)
    public String holder;

    /** What the holder keeps and what erasure did to it, in French. */
    @Column(nullable = false, length = 1000)
    public String description;

    @Column(name = "rows_changed", nullable = false)
    public int rowsChanged;

    @Column(name = "erased_at", nullable = false)
    public Instant erasedAt;
}
