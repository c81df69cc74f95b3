package fr.amiengine.publication.panorama;

import fr.amiengine.publication.PanoramaDocument.Change;
import fr.amiengine.publication.PanoramaDocument.Feedback;
import fr.amiengine.publication.PanoramaDocument.Ref;
import fr.amiengine.publication.PanoramaDocument.Solution;
import fr.amiengine.publication.PanoramaDocument;
import fr.amiengine.publication.PanoramaHistory;
import fr.amiengine.publication.PanoramaHistoryRepository;
import fr.amiengine.publication.PublicationService;
import fr.amiengine.publication.feedback.DeploymentFeedback;
import fr.amiengine.publication.feedback.DeploymentFeedbackRepository;
import fr.amiengine.shared.AmiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the public reads: the last publication of a campaign, with the public history of each entry and the deployment
 * feedback. The document is rebuilt only when a publication is made or a feedback approved or withdrawn (one small query tells), so that
 * reading the panorama costs one query.
 */
@ApplicationScoped
public class PublicPanorama {

    /**
     * What the public document depends on. The counts of approved and of rejected feedback never come back to an
     * earlier pair: an approval adds one to the first, a rejection or a withdrawal one to the second.
     */
    private record Stamp(long campaignId, int revision, long approvedFeedbacks, long rejectedFeedbacks) {
    }

    /** A document and, made on first demand, its JSON and CSV bytes: they change only with the stamp. */
    private static final class Cached {
        final Stamp stamp;
        final PanoramaDocument document;
        volatile byte[] json;
        volatile byte[] csv;
        /** Rendered parts of the public pages, by search: they change only with the stamp too. */
        final Map<String, String> fragments = new ConcurrentHashMap<>();
        /** Whole pages as a visitor who is not signed in gets them, by address. */
        final Map<String, String> pages = new ConcurrentHashMap<>();

        Cached(Stamp stamp, PanoramaDocument document) {
            this.stamp = stamp;
            this.document = document;
        }
    }

    /** The open data's bytes and their entity tag (the publication's number and the last feedback). */
    public record Representation(byte[] body, String etag) {
    }

    /** A published campaign, for the list of panoramas. */
    public record Published(String code, String title, java.time.Instant publishedAt, int solutions) {
    }

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    @Inject
    EntityManager em;

    @Inject
    PublicationService publication;

    @Inject
    PanoramaHistoryRepository histories;

    @Inject
    DeploymentFeedbackRepository deploymentFeedbacks;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    /** The public document of a campaign; 404 if the campaign is unknown or not published. */
    @Transactional
    public PanoramaDocument document(String code) {
        return current(code).document;
    }

    /** The document in JSON, serialised once per publication and feedback. */
    @Transactional
    public Representation json(String code) {
        Cached cached = current(code);
        if (cached.json == null) {
            try {
                cached.json = json.writeValueAsBytes(cached.document);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return new Representation(cached.json, etag(cached.stamp));
    }

    /** The document in CSV, written once per publication and feedback. */
    @Transactional
    public Representation csv(String code) {
        Cached cached = current(code);
        if (cached.csv == null) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            try (java.io.Writer writer = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8)) {
                PanoramaCsv.write(cached.document, writer);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            cached.csv = out.toByteArray();
        }
        return new Representation(cached.csv, etag(cached.stamp));
    }

    private static final int MAX_FRAGMENTS = 500;

    /** The current document and a part of a public page made from it (the list of solutions for one search). */
    public record Page(PanoramaDocument document, String fragment) {
    }

    /**
     * The current document and, rendered once per publication and feedback, a part of a page made from it; at most 500
     * searches are kept per campaign, the others are rendered each time.
     */
    @Transactional
    public Page page(String code, String key, java.util.function.Function<PanoramaDocument, String> render) {
        Cached cached = current(code);
        return new Page(cached.document, kept(cached.fragments, MAX_FRAGMENTS, key, () -> render.apply(cached.document)));
    }

    /** Whole pages kept per campaign: a page weighs about as much as its list of solutions. */
    private static final int MAX_PAGES = 100;

    /**
     * The whole page a visitor who is not signed in gets at {@code address}, rendered once per publication and
     * feedback; at most 100 addresses are kept per campaign (the first asked), the others are rendered each time.
     */
    @Transactional
    public String wholePage(String code, String address, java.util.function.Function<PanoramaDocument, String> render) {
        Cached cached = current(code);
        return kept(cached.pages, MAX_PAGES, address, () -> render.apply(cached.document));
    }

    /** The rendering kept under {@code key}, else made now and kept while fewer than {@code limit} are. */
    private static String kept(Map<String, String> renderings, int limit, String key,
                               java.util.function.Supplier<String> render) {
        String rendering = renderings.get(key);
        if (rendering == null) {
            rendering = render.get();
            if (renderings.size() < limit) {
                renderings.put(key, rendering);
            }
        }
        return rendering;
    }

    private static String etag(Stamp stamp) {
        return "\"" + stamp.revision() + "-" + stamp.approvedFeedbacks() + "-" + stamp.rejectedFeedbacks() + "\"";
    }

    private Cached current(String code) {
        List<Object[]> rows = em.createQuery("select c.id, c.publicationRevision, "
                        + "(select count(f) from DeploymentFeedback f where f.entry.campaign = c "
                        + "and f.state = fr.amiengine.publication.feedback.FeedbackState.APPROVED), "
                        + "(select count(h) from DeploymentFeedback h where h.entry.campaign = c "
                        + "and h.state = fr.amiengine.publication.feedback.FeedbackState.REJECTED) "
                        + "from Campaign c where c.code = :code", Object[].class)
                .setParameter("code", code).getResultList();
        if (rows.isEmpty() || (Integer) rows.get(0)[1] == 0) {
            throw AmiException.notFound("Aucun panorama publié pour «\u00a0" + code + "\u00a0».");
        }
        Object[] row = rows.get(0);
        Stamp stamp = new Stamp((Long) row[0], (Integer) row[1], ((Number) row[2]).longValue(), ((Number) row[3]).longValue());
        Cached cached = cache.get(code);
        if (cached != null && cached.stamp.equals(stamp)) {
            return cached;
        }
        Cached built = new Cached(stamp, build(stamp));
        cache.put(code, built);
        return built;
    }

    private PanoramaDocument build(Stamp stamp) {
        PanoramaDocument frozen = publication.published(stamp.campaignId(), stamp.revision());
        Map<String, List<Change>> history = new HashMap<>();
        for (PanoramaHistory h : histories.upTo(stamp.campaignId(), stamp.revision())) {
            history.computeIfAbsent(h.reference, k -> new ArrayList<>()).add(new Change(h.publishedAt, h.revision, h.field,
                    h.field.equals("published") ? "Publication" : PanoramaDocument.fieldLabel(h.field), h.before, h.after));
        }
        Map<String, List<Feedback>> feedbacks = new HashMap<>();
        for (DeploymentFeedback f : deploymentFeedbacks.publicOfCampaign(stamp.campaignId())) {
            feedbacks.computeIfAbsent(f.entry.reference, k -> new ArrayList<>()).add(feedback(f));
        }
        List<Solution> solutions = frozen.solutions().stream()
                .map(s -> s.with(List.copyOf(history.getOrDefault(s.reference(), List.of())),
                        List.copyOf(feedbacks.getOrDefault(s.reference(), List.of()))))
                .toList();
        return new PanoramaDocument(frozen.schema(), frozen.campaign(), frozen.revision(), frozen.publishedAt(), frozen.count(),
                solutions, frozen.ledgers());
    }

    public static Feedback feedback(DeploymentFeedback f) {
        return new Feedback(f.organisationName, f.organisationVerified, f.deployedOn, f.context,
                new Ref(f.outcome.name(), f.outcome.label), f.comment, f.createdAt);
    }

    /** One solution of a published document; 404 if it is not in it. */
    public static Solution solution(PanoramaDocument document, String code, String reference) {
        return find(document, reference).orElseThrow(() -> AmiException.notFound("La solution «\u00a0" + reference
                + "\u00a0» ne figure pas au panorama publié de " + code + "."));
    }

    /** One published solution; 404 if it is not in the last publication. */
    public Solution solution(String code, String reference) {
        return solution(document(code), code, reference);
    }

    static Optional<Solution> find(PanoramaDocument document, String reference) {
        return document.solutions().stream().filter(s -> s.reference().equals(reference)).findFirst();
    }

    /** The published campaigns, newest first. */
    @Transactional
    public List<Published> campaigns() {
        return em.createQuery("select c.code, c.title, c.publishedAt, p.entryCount from Campaign c, PanoramaPublication p "
                        + "where p.campaign = c and p.revision = c.publicationRevision and c.publicationRevision > 0 "
                        + "order by c.publishedAt desc", Object[].class).getResultList().stream()
                .map(r -> new Published((String) r[0], (String) r[1], (java.time.Instant) r[2], (Integer) r[3])).toList();
    }
}
