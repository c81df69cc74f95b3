package fr.amiengine.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The public panorama of a campaign, exactly as the open data serves it in JSON (schema:
 * {@code /schemas/panorama.schema.json}, described in {@code docs/open-data.md}). Nothing else is public: no score,
 * no evaluator, no requested amount, no contact without the organisation's consent.
 */
public record PanoramaDocument(String schema, CampaignInfo campaign, int revision, Instant publishedAt, int count,
                               List<Solution> solutions, List<ChainHead> ledgers) {

    public static final String SCHEMA = "/schemas/panorama.schema.json";

    /** A publication frozen before the ledgers' heads were written has none. */
    public PanoramaDocument {
        ledgers = ledgers == null ? List.of() : List.copyOf(ledgers);
    }

    /**
     * The head of one of the campaign's chained ledgers when this revision was published: the chain must still hold,
     * at line {@code entries}, the hash {@code hash} (SHA-256, 64 hexadecimal digits).
     */
    public record ChainHead(String chain, String label, long entries, String hash) {
    }

    /** A code and its French label. */
    public record Ref(String code, String label) {
    }

    public record CampaignInfo(String code, String title, List<Ref> families, List<Ref> tracks) {
    }

    public record Organisation(String name, String siren) {
    }

    public record Contact(String name, String email, String phone) {
    }

    /** What one publication changed on a field of the entry. */
    public record Change(Instant publishedAt, int revision, String field, String label, String before, String after) {
    }

    /** A deployment feedback; {@code organisationVerified}: an administrator had verified the administration. */
    public record Feedback(String organisation, boolean organisationVerified, LocalDate deployedOn, String context, Ref outcome,
                           String comment, Instant recordedAt) {
    }

    public record Solution(String reference, String name, Organisation organisation, Ref family, Ref track, String summary,
                           Ref maturity, List<Ref> deploymentModes, Ref hosting, String apis, String standards,
                           String identityFederation, Boolean gdprCompliant, List<Ref> securityQualifications,
                           Ref accessibility, String publicReferences, String version, String website, Contact contact,
                           Instant updatedAt, List<Change> history, List<Feedback> feedbacks) {

        /** The same solution with its history and feedback (kept out of the frozen publication). */
        public Solution with(List<Change> history, List<Feedback> feedbacks) {
            return new Solution(reference, name, organisation, family, track, summary, maturity, deploymentModes, hosting,
                    apis, standards, identityFederation, gdprCompliant, securityQualifications, accessibility,
                    publicReferences, version, website, contact, updatedAt, history, feedbacks);
        }
    }

    /** A public field of a solution, as the history names it and compares it from one publication to the next. */
    public record Field(String key, String label, Function<Solution, String> value) {
    }

    /** The fields whose changes the public history shows. */
    public static final List<Field> FIELDS = List.of(
            new Field("name", "Nom de la solution", Solution::name),
            new Field("organisation", "Organisation", s -> s.organisation().name()),
            new Field("family", "Famille fonctionnelle", s -> label(s.family())),
            new Field("summary", "Description", Solution::summary),
            new Field("maturity", "Maturité", s -> label(s.maturity())),
            new Field("deploymentModes", "Modes de déploiement", s -> labels(s.deploymentModes())),
            new Field("hosting", "Hébergement des données", s -> label(s.hosting())),
            new Field("apis", "Interfaces (API)", Solution::apis),
            new Field("standards", "Standards et formats", Solution::standards),
            new Field("identityFederation", "Fédération d’identité", Solution::identityFederation),
            new Field("gdprCompliant", "Conformité au RGPD", s -> s.gdprCompliant() == null ? null : s.gdprCompliant() ? "Oui" : "Non"),
            new Field("securityQualifications", "Qualifications de sécurité", s -> labels(s.securityQualifications())),
            new Field("accessibility", "Accessibilité (RGAA)", s -> label(s.accessibility())),
            new Field("publicReferences", "Références dans le secteur public", Solution::publicReferences),
            new Field("version", "Version", Solution::version),
            new Field("website", "Site web", Solution::website),
            new Field("contact", "Contact", s -> s.contact() == null ? null
                    : String.join(" · ", java.util.stream.Stream.of(s.contact().name(), s.contact().email(), s.contact().phone())
                            .filter(Objects::nonNull).toList())));

    public static String label(Ref ref) {
        return ref == null ? null : ref.label();
    }

    static String labels(List<Ref> refs) {
        return refs == null || refs.isEmpty() ? null : String.join(", ", refs.stream().map(Ref::label).toList());
    }

    public static String fieldLabel(String key) {
        return FIELDS.stream().filter(f -> f.key().equals(key)).map(Field::label).findFirst().orElse(key);
    }
}
