package fr.amiengine.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a candidature's history: the timeline shown to the candidate and the administrators. */
@Entity
@Table(name = "candidature_event")
public class CandidatureEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "candidature_id")
    public Candidature candidature;

    @Column(name = "occurred_at", nullable = false)
    public Instant at;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 30)
    public CandidatureState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 30)
    public CandidatureState toState;

    @Column(nullable = false)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind", nullable = false, length = 20)
    public ActorKind actorKind;

    @Column(length = 4000)
    public String note;
}
