package fr.amiengine.evaluation.committee;

import fr.amiengine.campaign.Campaign;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A committee member invited to evaluate the files of one campaign. */
@Entity
@Table(name = "evaluator")
public class Evaluator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    public Campaign campaign;

    /** The Keycloak account's {@code sub}. */
    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String username;

    @Column(nullable = false)
    public String email;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    /** The administration the member comes from. */
    @Column(nullable = false)
    public String administration;

    /** Codes of the functional families the member knows, comma-separated. */
    @Column(nullable = false, length = 1000)
    public String families = "";

    @Column(name = "max_files")
    public Integer maxFiles;

    @Column(name = "invited_at", nullable = false)
    public Instant invitedAt;

    @Column(name = "invited_by", nullable = false)
    public String invitedBy;

    /** Set when the member has declared their links; before that they see no file and get none. */
    @Column(name = "declaration_completed_at")
    public Instant declarationCompletedAt;

    @OneToMany(mappedBy = "evaluator", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<ConflictLink> links = new ArrayList<>();

    public Set<String> familyCodes() {
        return families.isBlank() ? Set.of() : new LinkedHashSet<>(Arrays.asList(families.split(",")));
    }

    public boolean hasDeclared() {
        return declarationCompletedAt != null;
    }

}
