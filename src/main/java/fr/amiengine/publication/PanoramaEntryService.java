package fr.amiengine.publication;

import fr.amiengine.campaign.Campaign;
import fr.amiengine.campaign.CampaignRepository;
import fr.amiengine.identity.Actor;
import fr.amiengine.identity.AdministrationType;
import fr.amiengine.identity.Organisation;
import fr.amiengine.identity.OrganisationKind;
import fr.amiengine.identity.OrganisationRepository;
import fr.amiengine.publication.PanoramaDocument.Solution;
import fr.amiengine.publication.feedback.DeploymentFeedback;
import fr.amiengine.publication.feedback.DeploymentFeedbackRepository;
import fr.amiengine.publication.feedback.FeedbackModerationService;
import fr.amiengine.publication.feedback.FeedbackRequest;
import fr.amiengine.publication.panorama.PublicPanorama;
import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.ServerClock;
import fr.amiengine.workflow.RetryOnConcurrentChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jboss.logging.Logger;

/**
 * The entries of a campaign's panorama between publications: the administrators' edits, each field audited until the
 * next publication makes it public ({@link PublicationService}), and the deployment feedback that verified
 * administrations sign, with its moderation.
 */
@ApplicationScoped
@RetryOnConcurrentChange
public class PanoramaEntryService {

    private static final Logger LOG = Logger.getLogger(PanoramaEntryService.class);

    @Inject
    CampaignRepository campaigns;

    @Inject
    ServerClock clock;

    @Inject
    PanoramaEntryRepository entries;

    @Inject
    PanoramaChangeRepository edits;

    @Inject
    DeploymentFeedbackRepository deploymentFeedbacks;

    @Inject
    OrganisationRepository organisations;

    @Inject
    FeedbackModerationService moderation;

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
            throw AmiException.invalid("Rien n’a changé\u00a0: la fiche est déjà ainsi.", List.of());
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
        LOG.infof("Fiche %s du panorama modifiée par %s\u00a0: %s", reference, admin.username(), changes.keySet());
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
                        f.createdAt, f.state, f.state.label, f.moderatedAt, f.moderatedBy, f.rejectionReason)).toList();
        return new EntryView(entry.campaign.code, PublicationService.solution(entry), audit, feedbacks);
    }

    private PanoramaEntry entry(String code, String reference) {
        return entries.byReference(reference).filter(e -> e.campaign.code.equals(code))
                .orElseThrow(() -> AmiException.notFound("Aucune fiche «\u00a0" + reference + "\u00a0» au panorama de " + code
                        + "\u00a0: seules les solutions retenues en ont une, une fois les décisions approuvées."));
    }

    /**
     * A deployment feedback from a member of an administration, on a published solution; held until an administrator
     * approves it ({@code Process_FeedbackModeration}), then public under the administration's name.
     */
    @Transactional
    public PanoramaDocument.Feedback addFeedback(Actor actor, String code, String reference, FeedbackRequest request) {
        Campaign campaign = campaigns.getByCode(code);
        PanoramaEntry entry = entry(code, reference);
        if (campaign.publicationRevision == 0) {
            throw AmiException.notFound("Le panorama de " + code + " n’est pas encore publié.");
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
        f.administrationType = request.administrationType() == null ? AdministrationType.OTHER : request.administrationType();
        f.createdAt = clock.now();
        deploymentFeedbacks.persist(f);
        moderation.hold(f);
        LOG.infof("Retour d’expérience de %s sur %s (%s), en attente de modération", organisation.legalName, reference,
                actor.username());
        return PublicPanorama.feedback(f);
    }

    /** The feedback signed by the actor's organisation, for its members' home page; empty without an organisation. */
    @Transactional
    public List<MyFeedbackView> feedbackOf(Actor actor) {
        if (actor.organisationId() == null) {
            return List.of();
        }
        return deploymentFeedbacks.ofOrganisation(actor.organisationId()).stream()
                .map(f -> new MyFeedbackView(f.entry.campaign.code, f.entry.reference, f.entry.solutionName, f.deployedOn,
                        f.outcome.label, f.state, f.state.label, f.rejectionReason))
                .toList();
    }

    /**
     * Whether the actor may sign a deployment feedback (a member of a verified administration), so that the pages
     * offer the form only to those it would accept.
     */
    @Transactional
    public boolean mayGiveFeedback(Actor actor) {
        Organisation organisation = actor.organisationId() == null ? null : organisations.findById(actor.organisationId());
        return organisation != null && organisation.kind == OrganisationKind.ADMINISTRATION && organisation.isVerified();
    }

    /**
     * An administrator withdraws an approved feedback from the public pages (personal data, off topic…): it is then
     * rejected, the reason kept.
     */
    @Transactional
    public EntryView hideFeedback(Actor admin, String code, String reference, Long feedbackId, String reason) {
        PanoramaEntry entry = entry(code, reference);
        DeploymentFeedback feedback = deploymentFeedbacks.findByIdOptional(feedbackId)
                .filter(f -> f.entry.id.equals(entry.id))
                .orElseThrow(() -> AmiException.notFound("Aucun retour d’expérience n° " + feedbackId + " sur " + reference + "."));
        moderation.withdraw(admin, feedback, reason);
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
            throw AmiException.forbidden("Un retour d’expérience est signé par une administration ou un établissement public "
                    + "qui a déployé la solution\u00a0; votre compte n’est rattaché à aucune administration.");
        }
        if (!organisation.isVerified()) {
            throw AmiException.forbidden("L’administration «\u00a0" + organisation.legalName + "\u00a0» n’a pas encore été vérifiée par un "
                    + "administrateur de la plateforme\u00a0: ses retours d’expérience, publics, ne peuvent être signés en son nom "
                    + "qu’après cette vérification. Écrivez à l’équipe de la campagne en indiquant votre SIREN ("
                    + organisation.siren + ") et votre fonction\u00a0; rien n’a été enregistré.");
        }
        return organisation;
    }

    /** Entries that exist for a campaign (administrators' list). */
    @Transactional
    public List<Solution> list(String code) {
        campaigns.getByCode(code);
        return entries.ofCampaign(code).stream().map(PublicationService::solution).toList();
    }
}
