package fr.amiengine.campaign;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A track (volet) with its own seats and, optionally, its own budget in euros. */
@Entity
@Table(name = "campaign_track")
public class Track extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    public Campaign campaign;

    @Column(nullable = false, length = 40)
    public String code;

    @Column(nullable = false)
    public String label;

    @Column(nullable = false)
    public int seats;

    @Column(name = "budget_euros")
    public Long budgetEuros;

    @Column(nullable = false)
    public int position;

    public boolean hasBudget() {
        return budgetEuros != null;
    }
}
