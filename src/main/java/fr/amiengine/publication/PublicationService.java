package fr.amiengine.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.amiengine.campaign.Campaign;
import fr.amiengine.campaign.CampaignRepository;
import fr.amiengine.campaign.CampaignState;
import fr.amiengine.correspondence.DocumentKind;
import fr.amiengine.correspondence.OutgoingMailRepository;
import fr.amiengine.identity.Actor;
import fr.amiengine.identity.Organisation;
import fr.amiengine.identity.OrganisationRepository;
import fr.amiengine.identity.OrganisationKind;
import fr.amiengine.publication.PanoramaDocument.CampaignInfo;
import fr.amiengine.publication.PanoramaDocument.Ref;
import fr.amiengine.publication.PanoramaDocument.Solution;
import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.ServerClock;
import fr.amiengine.submission.Candidature;
import fr.amiengine.submission.CandidatureRepository;
import fr.amiengine.submission.CandidatureState;
import fr.amiengine.submission.SolutionSheet;
import fr.amiengine.workflow.ProcessVariables;
import fr.amiengine.workflow.RetryOnConcurrentChange;
import fr.amiengine.workflow.WorkflowService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
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
 * enrich entries afterwards and publish again; administrations add deployment feedback.
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
    DeploymentFeedbackRepository deploymentFeedbacks;

    @Inject
    OrganisationRepository organisations;

    @Inject
    OutgoingMailRepository mails;

    /** {@code Task_PreparePanorama}: an entry for each retained solution that has none yet, copied from its file. */
    @Transactional
    public int prepare(String code) {
        Campaign campaign = campaigns.getByCode(code);
        Map<Long, PanoramaEntry> existing = entries.ofCampaign(code).stream()
                .collect(Collectors.toMap(e -> e.candidature.id, Function.identity()));
        int created = 0;
        for (Candidature file : candidatures.list("campaign.code = ?1 and state = ?2", code, CandidatureState.RETAINED)) {
            if (!existing.containsKey(file.id)) {
                entries.persist(entryOf(campaign, file));
                created++;
            }
        }
        LOG.infof("Panorama de %s préparé : %d fiches créées", code, created);
        return created;
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
            throw AmiException.conflict("Le panorama se prépare une fois les décisions approuvées ; la campagne " + code + " est "
                    + campaign.state.label + ".");
        }
        return document(campaign, campaign.publicationRevision + 1, null);
    }

    PanoramaDocument document(Campaign campaign, int revision, Instant publishedAt) {
        List<Solution> solutions = entries.ofCampaign(campaign.code).stream().map(PublicationService::solution).toList();
        CampaignInfo info = new CampaignInfo(campaign.code, campaign.title,
                campaign.families.stream().map(f -> new Ref(f.code, f.label)).toList(),
                campaign.tracks.stream().map(t -> new Ref(t.code, t.label)).toList());
        return new PanoramaDocument(PanoramaDocument.SCHEMA, info, revision, publishedAt, solutions.size(), solutions);
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
            throw AmiException.conflict("Le panorama se publie une fois les décisions approuvées et les lettres envoyées ; "
                    + "la campagne " + code + " est " + campaign.state.label + ".");
        }
        long expected = lettersExpected(code);
        long sent = lettersSent(code);
        if (sent < expected) {
            long missing = expected - sent;
            throw AmiException.conflict("La publication attend l'envoi des lettres de décision : " + missing
                    + (missing > 1 ? " lettres ne sont" : " lettre n'est") + " pas encore partie" + (missing > 1 ? "s" : "")
                    + " (" + sent + " sur " + expected + "). Réessayez dans quelques instants.");
        }
        if (campaign.state == CampaignState.DECIDED) {
            Map<String, Object> who = Map.of(ProcessVariables.PUBLISHED_BY, admin.subject(),
                    ProcessVariables.PUBLISHED_BY_NAME, admin.username());
            if (!workflow.completeTask(code, ProcessVariables.TASK_PUBLISH_PANORAMA, who)) {
                if (workflow.isRunning(code, PROCESS_CAMPAIGN)) {
                    throw AmiException.conflict("Le panorama de " + code + " est en cours de préparation (procès-verbal, "
                            + "fiches) : réessayez dans quelques instants.");
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
        PanoramaDocument document = document(campaign, revision, now);
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

    PanoramaDocument published(Long campaignId, int revision) {
        String content = publications.of(campaignId, revision).orElseThrow().content;
        try {
            return json.readValue(content, PanoramaDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Publication illisible : " + e.getOriginalMessage(), e);
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

    /** An administrator's edit of an entry; every field that changes is audited, and goes public at the next publication. */
    @Transactional
    public EntryView edit(Actor admin, String code, String reference, EntryEdit edit) {
        PanoramaEntry entry = entry(code, reference);
        Map<String, String[]> changes = new java.util.LinkedHashMap<>();
        change(changes, "name", entry.solutionName, edit.name(), v -> entry.solutionName = v);
        change(changes, "summary", entry.solution.summary, edit.summary(), v -> entry.solution.summary = v);
        change(changes, "version", entry.productVersion, edit.version(), v -> entry.productVersion = v);
        change(changes, "website", entry.website, edit.website(), v -> entry.website = v);
        change(changes, "publicReferences", entry.solution.publicReferences, edit.publicReferences(), v -> entry.solution.publicReferences = v);
        change(changes, "apis", entry.solution.apis, edit.apis(), v -> entry.solution.apis = v);
        change(changes, "standards", entry.solution.standards, edit.standards(), v -> entry.solution.standards = v);
        if (changes.containsKey("name") && changes.get("name")[1] == null) {
            throw AmiException.invalid("name", "Le nom de la solution ne peut pas être vide");
        }
        if (changes.isEmpty()) {
            throw AmiException.invalid("Rien n'a changé : la fiche est déjà ainsi.", List.of());
        }
        Instant now = clock.now();
        changes.forEach((field, values) -> {
            PanoramaChange c = new PanoramaChange();
            c.entry = entry;
            c.changedAt = now;
            c.changedBy = admin.subject();
            c.changedByName = admin.username();
            c.field = field;
            c.before = values[0];
            c.after = values[1];
            c.note = edit.note().strip();
            edits.persist(c);
        });
        entry.updatedAt = now;
        LOG.infof("Fiche %s du panorama modifiée par %s : %s", reference, admin.username(), changes.keySet());
        return entryView(entry);
    }

    private static void change(Map<String, String[]> changes, String field, String current, String typed,
                               java.util.function.Consumer<String> apply) {
        if (typed == null) {
            return;
        }
        String value = typed.isBlank() ? null : typed.strip();
        if (!Objects.equals(current, value)) {
            changes.put(field, new String[] {current, value});
            apply.accept(value);
        }
    }

    /** The entry as the administrators edit it, with its audit. */
    @Transactional
    public EntryView entryView(String code, String reference) {
        return entryView(entry(code, reference));
    }

    private EntryView entryView(PanoramaEntry entry) {
        List<EntryView.Audit> audit = edits.ofEntry(entry).stream()
                .map(c -> new EntryView.Audit(c.changedAt, c.changedByName, c.field, PanoramaDocument.fieldLabel(c.field), c.before,
                        c.after, c.note, c.publishedIn)).toList();
        List<EntryView.FeedbackLine> feedbacks = deploymentFeedbacks.ofEntry(entry).stream()
                .map(f -> new EntryView.FeedbackLine(f.id, f.organisationName, f.deployedOn, f.context, f.outcome.label, f.comment,
                        f.createdAt, f.hiddenAt, f.hiddenBy, f.hiddenReason)).toList();
        return new EntryView(entry.campaign.code, solution(entry), audit, feedbacks);
    }

    private PanoramaEntry entry(String code, String reference) {
        return entries.byReference(reference).filter(e -> e.campaign.code.equals(code))
                .orElseThrow(() -> AmiException.notFound("Aucune fiche « " + reference + " » au panorama de " + code
                        + " : seules les solutions retenues en ont une, une fois les décisions approuvées."));
    }

    /**
     * A deployment feedback from a member of an administration, on a published solution; public at once under the
     * administration's name.
     */
    @Transactional
    public PanoramaDocument.Feedback addFeedback(Actor actor, String code, String reference, FeedbackRequest request) {
        Campaign campaign = campaigns.getByCode(code);
        PanoramaEntry entry = entry(code, reference);
        if (campaign.publicationRevision == 0) {
            throw AmiException.notFound("Le panorama de " + code + " n'est pas encore publié.");
        }
        Organisation organisation = administrationOf(actor);
        if (request.deployedOn().isAfter(LocalDate.ofInstant(clock.now(), fr.amiengine.shared.FrenchFormat.PARIS))) {
            throw AmiException.invalid("deployedOn", "La date de déploiement ne peut pas être dans le futur");
        }
        DeploymentFeedback f = new DeploymentFeedback();
        f.entry = entry;
        f.organisationId = organisation.id;
        f.organisationName = organisation.legalName;
        f.organisationVerified = organisation.isVerified();
        f.author = actor.subject();
        f.deployedOn = request.deployedOn();
        f.context = request.context().strip();
        f.outcome = request.outcome();
        f.comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        f.createdAt = clock.now();
        deploymentFeedbacks.persist(f);
        LOG.infof("Retour d'expérience de %s sur %s (%s)", organisation.legalName, reference, actor.username());
        return PublicPanorama.feedback(f);
    }

    /** An administrator withdraws a feedback from the public pages (personal data, off topic…); the reason is kept. */
    @Transactional
    public EntryView hideFeedback(Actor admin, String code, String reference, Long feedbackId, String reason) {
        PanoramaEntry entry = entry(code, reference);
        DeploymentFeedback feedback = deploymentFeedbacks.findByIdOptional(feedbackId)
                .filter(f -> f.entry.id.equals(entry.id))
                .orElseThrow(() -> AmiException.notFound("Aucun retour d'expérience n° " + feedbackId + " sur " + reference + "."));
        if (reason == null || reason.isBlank()) {
            throw AmiException.invalid("reason", "Dites pourquoi ce retour est retiré du panorama (gardé, non publié)");
        }
        if (reason.length() > 1000) {
            throw AmiException.invalid("reason", "La raison ne doit pas dépasser 1 000 caractères");
        }
        if (feedback.hiddenAt != null) {
            throw AmiException.conflict("Ce retour d'expérience est déjà retiré du panorama depuis le "
                    + fr.amiengine.shared.FrenchFormat.dateTime(feedback.hiddenAt) + ".");
        }
        feedback.hiddenAt = clock.now();
        feedback.hiddenBy = admin.username();
        feedback.hiddenReason = reason.strip();
        LOG.infof("Retour d'expérience n° %d sur %s retiré du panorama par %s : %s", feedbackId, reference, admin.username(),
                feedback.hiddenReason);
        return entryView(entry);
    }

    /**
     * The administration the actor acts for, once an administrator verified it; 403 otherwise: a company does not give
     * deployment feedback, and anyone may declare an administration under any name, so until it is verified its
     * members do not speak publicly in its name.
     */
    @Transactional
    public Organisation administrationOf(Actor actor) {
        Organisation organisation = actor.organisationId() == null ? null : organisations.findById(actor.organisationId());
        if (organisation == null || organisation.kind != OrganisationKind.ADMINISTRATION) {
            throw AmiException.forbidden("Un retour d'expérience est signé par une administration ou un établissement public "
                    + "qui a déployé la solution ; votre compte n'est rattaché à aucune administration.");
        }
        if (!organisation.isVerified()) {
            throw AmiException.forbidden("L'administration « " + organisation.legalName + " » n'a pas encore été vérifiée par un "
                    + "administrateur de la plateforme : ses retours d'expérience, publics, ne peuvent être signés en son nom "
                    + "qu'après cette vérification. Écrivez à l'équipe de la campagne en indiquant votre SIREN ("
                    + organisation.siren + ") et votre fonction ; rien n'a été enregistré.");
        }
        return organisation;
    }

    /** Entries that exist for a campaign (administrators' list). */
    @Transactional
    public List<Solution> entries(String code) {
        campaigns.getByCode(code);
        return entries.ofCampaign(code).stream().map(PublicationService::solution).toList();
    }
}
