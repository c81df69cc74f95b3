package fr.amiengine.workshops;

import fr.amiengine.identity.Organisation;
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

/** One account registered to a workshop, for its laureate's organisation; the unique key allows one per account. */
@Entity
@Table(name = "workshop_registration")
public class WorkshopRegistration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workshop_id")
    public Workshop workshop;

    /** The Keycloak account, its login and the address the reminder goes to. */
    @Column(nullable = false, length = 100)
    public String subject;

    @Column(nullable = false, length = 100)
    public String username;

    @Column(length = 254)
    public String email;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;
}
