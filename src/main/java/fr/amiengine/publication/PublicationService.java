package fr.amiengine.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.amiengine.campaign.Campaign;
import fr.amiengine.campaign.CampaignRepository;
import fr.amiengine.campaign.CampaignState;
import fr.amiengine.integrity.IntegrityService;
import fr.amiengine.integrity.LedgerHead;
import fr.amiengine.correspondence.DocumentKind;
import fr.amiengine.correspondence.OutgoingMailRepository;
import fr.amiengine.identity.Actor;
import fr.amiengine.publication.PanoramaDocument.CampaignInfo;
import fr.amiengine.publication.PanoramaDocument.Ref;
import fr.amiengine.publication.PanoramaDocument.Solution;
import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.ServerClock;
import fr.amiengine.submission.Candidature;
import fr.amiengine.submission.CandidatureRepository;
import fr.amiengine.submission.CandidatureState;
import fr.amiengine.submission.solution.SolutionSheet;
import fr.amiengine.workflow.OpenTask;
import fr.amiengine.workflow.ProcessVariables;
import fr.amiengine.workflow.RetryOnConcurrentChange;
import fr.amiengine.workflow.WorkflowService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The publication of a campaign's panorama: the entries of the retained solutions are prepared when the decisions
 * are final, the administrators check the preview and publish (one transaction that freezes the public document),
 * and publish again after editing entries ({@link PanoramaEntryService}, with the deployment feedback).
 */
@ApplicationScoped
@RetryOnConcurrentChange
public class PublicationService {

    private static final Logger LOG = Logger.getLogger(PublicationService.class);
    private static final String PROCESS_CAMPAIGN = "Process_Campaign";
    static final EnumSet<CandidatureState> DECIDED = EnumSet.of(CandidatureState.RETAINED, CandidatureState.NOT_RETAINED,
            CandidatureState.WAITLISTED);

    /** Where a campaign's publication stands, for the administrators. */
    public record Status(String code, String title, CampaignState state, int revision, Instant publishedAt, long lettersExpected,
                         long lettersSent, boolean awaitingPublication, int entries, List<PendingChange> pendingChanges,
                         List<Publication> publications) {

        public boolean lettersComplete() {
            return lettersSent >= lettersExpected;
        }

        public boolean canPublish() {
            return (state == CampaignState.DECIDED && awaitingPublication || state == CampaignState.PUBLISHED) && lettersComplete();
        }

        /** Published, and no entry changed since: « Publier à nouveau » would publish the same panorama again. */
        public boolean unchangedSincePublication() {
            return state == CampaignState.PUBLISHED && pendingChanges.isEmpty();
        }
    }

    public record PendingChange(String reference, String solution, String field, String label, String before, String after,
                                String by, Instant at, String note) {
    }

    public record Publication(int revision, Instant publishedAt, String publishedBy, int entries) {
    }

    @Inject
    CampaignRepository campaigns;

    @Inject
    CandidatureRepository candidatures;

    @Inject
    WorkflowService workflow;

    @Inject
    ServerClock clock;

    @Inject
    IntegrityService integrity;

    @Inject
    ObjectMapper json;

    @Inject
    PanoramaEntryRepository entries;

    @Inject
    PanoramaChangeRepository edits;

    @Inject
    PanoramaPublicationRepository publications;

    @Inject
    PanoramaHistoryRepository histories;

    @Inject
    OutgoingMailRepository mails;

    /**
     * {@code Task_PreparePanorama}: an entry for each retained solution that has none yet, copied from its file. Called
     * again when a renunciation or a promotion changes the retained files after the decisions (fr.amiengine.waitlist):
     * the entry of a file no longer retained is removed from the next publication, and, once a panorama is published,
     * both changes wait for the next publication among its pending edits.
     */
    @Transactional
    public int prepare(String code) {
        Campaign campaign = campaigns.getByCode(code);
        Map<Long, PanoramaEntry> existing = entries.allOfCampaign(code).stream()
                .collect(Collectors.toMap(e -> e.candidature.id, Function.identity()));
        Instant now = clock.now();
        int created = 0;
        for (Candidature file : candidatures.list("campaign.code = ?1 and state = ?2", code, CandidatureState.RETAINED)) {
            if (!existing.containsKey(file.id)) {
                PanoramaEntry entry = entryOf(campaign, file);
                entries.persist(entry);
                created++;
                if (campaign.publicationRevision > 0) {
                    presence(entry, now, null, PRESENT, "Dossier retenu à la suite d’un désistement");
                }
            }
        }
        for (PanoramaEntry entry : existing.values()) {
            if (entry.removedAt == null && entry.candidature.state != CandidatureState.RETAINED) {
                entry.removedAt = now;
                entry.updatedAt = now;
                if (campaign.publicationRevision > 0) {
                    presence(entry, now, PRESENT, null, "Le lauréat a renoncé à sa sélection");
                }
            }
        }
        LOG.infof("Panorama de %s préparé\u00a0: %d fiches créées", code, created);
        return created;
    }

    /** The pending edit « présence au panorama » of an entry added or removed after the first publication. */
    static final String PRESENCE = "presence";
    private static final String PRESENT = "au panorama";

    private void presence(PanoramaEntry entry, Instant at, String before, String after, String note) {
        PanoramaChange c = new PanoramaChange();
        c.entry = entry;
        c.changedAt = at;
        c.changedBy = "application";
        c.changedByName = "application";
        c.field = PRESENCE;
        c.before = before;
        c.after = after;
        c.note = note;
        edits.persist(c);
    }

    private PanoramaEntry entryOf(Campaign campaign, Candidature file) {
        PanoramaEntry e = new PanoramaEntry();
        e.campaign = campaign;
        e.candidature = file;
        e.reference = file.reference;
        e.solutionName = Objects.requireNonNullElse(file.solutionName, file.reference);
        e.organisationName = file.organisation.legalName;
        e.organisationSiren = file.organisation.siren;
        if (file.track != null) {
            e.trackCode = file.track.code;
            e.trackLabel = file.track.label;
        }
        if (file.family != null) {
            e.familyCode = file.family.code;
            e.familyLabel = file.family.label;
        }
        e.solution = file.solution.copy(file.contactPublic);
        e.updatedAt = clock.now();
        return e;
    }

    /** Exactly the document the next publication will make public (its history and feedback aside). */
    @Transactional
    public PanoramaDocument preview(String code) {
        Campaign campaign = campaigns.getByCode(code);
        if (campaign.state != CampaignState.DECIDED && campaign.state != CampaignState.PUBLISHED) {
            throw AmiException.conflict("Le panorama se prépare une fois les décisions approuvées\u00a0; la campagne " + code + " est "
                    + campaign.state.label + ".");
        }
        return document(campaign, campaign.publicationRevision + 1, null);
    }

    PanoramaDocument document(Campaign campaign, int revision, Instant publishedAt) {
        List<Solution> solutions = entries.ofCampaign(campaign.code).stream().map(PublicationService::solution).toList();
        CampaignInfo info = new CampaignInfo(campaign.code, campaign.title,
                campaign.families.stream().map(f -> new Ref(f.code, f.label)).toList(),
                campaign.tracks.stream().map(t -> new Ref(t.code, t.label)).toList());
        return new PanoramaDocument(PanoramaDocument.SCHEMA, info, revision, publishedAt, solutions.size(), solutions, List.of());
    }

    static Solution solution(PanoramaEntry e) {
        SolutionSheet sheet = e.solution;
        PanoramaDocument.Contact contact = sheet.contactName == null && sheet.contactEmail == null && sheet.contactPhone == null
                ? null : new PanoramaDocument.Contact(sheet.contactName, sheet.contactEmail, sheet.contactPhone);
        return new Solution(e.reference, e.solutionName, new PanoramaDocument.Organisation(e.organisationName, e.organisationSiren),
                e.familyCode == null ? null : new Ref(e.familyCode, e.familyLabel),
                e.trackCode == null ? null : new Ref(e.trackCode, e.trackLabel),
                sheet.summary,
                sheet.maturityLevel == null ? null : new Ref(sheet.maturityLevel.name(), sheet.maturityLevel.label),
                sheet.deploymentModes.stream().sorted().map(m -> new Ref(m.name(), m.label)).toList(),
                sheet.hostingLocation == null ? null : new Ref(sheet.hostingLocation.name(), sheet.hostingLocation.label),
                sheet.apis, sheet.standards, sheet.identityFederation, sheet.gdprCompliant,
                sheet.securityQualifications.stream().sorted().map(q -> new Ref(q.name(), q.label)).toList(),
                sheet.accessibilityLevel == null ? null : new Ref(sheet.accessibilityLevel.name(), sheet.accessibilityLevel.label),
                sheet.publicReferences, e.productVersion, e.website, contact, e.updatedAt, List.of(), List.of());
    }

    /**
     * {@code POST /api/campaigns/{code}/publish}: the first time, completes {@code Task_PublishPanorama} (whose next step
     * freezes the document in the same transaction); afterwards, publishes the edits again. Refused before the decisions,
     * and while a decision letter has not left.
     */
    @Transactional
    public Status publish(Actor admin, String code) {
        Campaign campaign = campaigns.lockByCode(code);
        if (campaign.state != CampaignState.DECIDED && campaign.state != CampaignState.PUBLISHED) {
            throw AmiException.conflict("Le panorama se publie une fois les décisions approuvées et les lettres envoyées\u00a0; "
                    + "la campagne " + code + " est " + campaign.state.label + ".");
        }
        long expected = lettersExpected(code);
        long sent = lettersSent(code);
        if (sent < expected) {
            long missing = expected - sent;
            throw AmiException.conflict("La publication attend l’envoi des lettres de décision\u00a0: " + missing
                    + (missing > 1 ? " lettres ne sont" : " lettre n’est") + " pas encore partie" + (missing > 1 ? "s" : "")
                    + " (" + sent + " sur " + expected + "). Réessayez dans quelques instants.");
        }
        if (campaign.state == CampaignState.DECIDED) {
            Map<String, Object> who = Map.of(ProcessVariables.PUBLISHED_BY, admin.subject(),
                    ProcessVariables.PUBLISHED_BY_NAME, admin.username());
            if (!workflow.completeTask(OpenTask.of(code, ProcessVariables.TASK_PUBLISH_PANORAMA), who)) {
                if (workflow.isRunning(code, PROCESS_CAMPAIGN)) {
                    throw AmiException.conflict("Le panorama de " + code + " est en cours de préparation (procès-verbal, "
                            + "fiches)\u00a0: réessayez dans quelques instants.");
                }
                // A campaign decided by an earlier version of the process, which ended at the decision: publish directly.
                prepare(code);
                freeze(code, admin.subject(), admin.username());
            }
        } else {
            freeze(code, admin.subject(), admin.username());
        }
        return status(code);
    }

    /**
     * {@code Task_FreezePanorama}, and every publication after the first: the working entries become the public document
     * of the next revision, the history records what changed on each entry, the pending edits are marked published.
     */
    @Transactional
    public void freeze(String code, String by, String byName) {
        Campaign campaign = campaigns.lockByCode(code);
        Instant now = clock.now();
        int revision = campaign.publicationRevision + 1;
        PanoramaDocument built = document(campaign, revision, now);
        // the ledgers' heads published with this revision, recorded in the same transaction (integrity)
        PanoramaDocument document = new PanoramaDocument(built.schema(), built.campaign(), built.revision(), built.publishedAt(),
                built.count(), built.solutions(), integrity.recordHeads(campaign, LedgerHead.WrittenIn.PANORAMA, revision).stream()
                        .map(h -> new PanoramaDocument.ChainHead(h.chain().code, h.chain().label, h.entries(), h.hash())).toList());
        Map<String, Solution> before = campaign.publicationRevision == 0 ? Map.of()
                : published(campaign.id, campaign.publicationRevision).solutions().stream()
                        .collect(Collectors.toMap(Solution::reference, Function.identity()));
        for (Solution after : document.solutions()) {
            Solution previous = before.get(after.reference());
            if (previous == null) {
                history(campaign, after.reference(), revision, now, "published", null, null);
                continue;
            }
            for (PanoramaDocument.Field field : PanoramaDocument.FIELDS) {
                String was = field.value().apply(previous);
                String is = field.value().apply(after);
                if (!Objects.equals(was, is)) {
                    history(campaign, after.reference(), revision, now, field.key(), was, is);
                }
            }
        }
        PanoramaPublication publication = new PanoramaPublication();
        publication.campaign = campaign;
        publication.revision = revision;
        publication.publishedAt = now;
        publication.publishedBy = by;
        publication.publishedByName = byName;
        publication.entryCount = document.count();
        publication.content = write(document);
        publications.persist(publication);
        edits.publishPending(campaign.id, revision);
        campaign.publicationRevision = revision;
        if (campaign.publishedAt == null) {
            campaign.publishedAt = now;
            workflow.startPersonalDataRetention(code, campaign.retentionEndsAt());
        }
        campaign.state = CampaignState.PUBLISHED;
        LOG.infof("Panorama de %s publié (publication n° %d, %d solutions) par %s", code, revision, document.count(), byName);
    }

    private void history(Campaign campaign, String reference, int revision, Instant at, String field, String before,
                         String after) {
        PanoramaHistory h = new PanoramaHistory();
        h.campaignId = campaign.id;
        h.reference = reference;
        h.revision = revision;
        h.publishedAt = at;
        h.field = field;
        h.before = before;
        h.after = after;
        histories.persist(h);
    }

    public PanoramaDocument published(Long campaignId, int revision) {
        String content = publications.of(campaignId, revision).orElseThrow().content;
        try {
            return json.readValue(content, PanoramaDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Publication illisible\u00a0: " + e.getOriginalMessage(), e);
        }
    }

    private String write(PanoramaDocument document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long lettersExpected(String code) {
        return candidatures.count("campaign.code = ?1 and state in ?2", code, DECIDED);
    }

    private long lettersSent(String code) {
        return mails.sent(code, DocumentKind.DECISION_LETTER);
    }

    /** Where the publication stands: letters, pending edits, past publications. */
    @Transactional
    public Status status(String code) {
        Campaign campaign = campaigns.getByCode(code);
        List<PendingChange> pending = edits.pendingOf(code).stream()
                .map(c -> new PendingChange(c.entry.reference, c.entry.solutionName, c.field, PanoramaDocument.fieldLabel(c.field),
                        c.before, c.after, c.changedByName, c.changedAt, c.note)).toList();
        List<Publication> past = publications.allOf(code).stream()
                .map(p -> new Publication(p.revision, p.publishedAt, p.publishedByName, p.entryCount)).toList();
        return new Status(code, campaign.title, campaign.state, campaign.publicationRevision, campaign.publishedAt,
                lettersExpected(code), lettersSent(code), workflow.hasOpenTask(code, ProcessVariables.TASK_PUBLISH_PANORAMA),
                (int) entries.countOf(code), pending, past);
    }
}
