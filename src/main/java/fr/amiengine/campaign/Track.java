package fr.amiengine.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A track (volet) with its own seats and, optionally, its own budget in euros. */
@Entity
@Table(name = "campaign_track")
public class Track extends CampaignPart {

    @Column(nullable = false)
    public int seats;

    @Column(name = "budget_euros")
    public Long budgetEuros;

    public boolean hasBudget() {
        return budgetEuros != null;
    }
}
