package fr.amiengine.matching;

import fr.amiengine.needs.Need;
import fr.amiengine.publication.PanoramaEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A buyer's « intéressé » on a published solution for one need: the company that holds the solution sees the need
 * (not its private notes, nor who marked it). Once per need and solution.
 */
@Entity
@Table(name = "need_interest")
public class NeedInterest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "need_id")
    public Need need;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id")
    public PanoramaEntry entry;

    /** The account that marked it (audit only, never shown to the company). */
    @Column(name = "marked_by", nullable = false, length = 100)
    public String markedBy;

    @Column(name = "marked_at", nullable = false)
    public Instant markedAt;
}
