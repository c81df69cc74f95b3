package fr.amiengine.submission;

import fr.amiengine.campaign.Campaign;
import fr.amiengine.campaign.CampaignRepository;
import fr.amiengine.campaign.CampaignState;
import fr.amiengine.identity.Actor;
import fr.amiengine.identity.OrganisationRepository;
import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.PageRequest;
import fr.amiengine.shared.PageResult;
import fr.amiengine.shared.FieldError;
import fr.amiengine.shared.FrenchFormat;
import fr.amiengine.shared.ServerClock;
import fr.amiengine.submission.CandidatureView.AttachmentView;
import fr.amiengine.submission.attachment.Attachment;
import fr.amiengine.submission.attachment.AttachmentConfig;
import fr.amiengine.submission.attachment.AttachmentContent;
import fr.amiengine.submission.attachment.AttachmentRepository;
import fr.amiengine.submission.attachment.PdfInspector;
import fr.amiengine.workflow.ProcessVariables;
import fr.amiengine.workflow.RetryOnConcurrentChange;
import fr.amiengine.workflow.WorkflowService;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/** The candidate's side of a candidature: draft, attachments, submission, withdrawal. */
@ApplicationScoped
@RetryOnConcurrentChange
public class CandidatureService {

    private static final Logger LOG = Logger.getLogger(CandidatureService.class);

    @Inject
    CandidatureRepository candidatures;

    @Inject
    AttachmentRepository attachments;

    @Inject
    CampaignRepository campaigns;

    @Inject
    OrganisationRepository organisations;

    @Inject
    WorkflowService workflow;

    @Inject
    PdfInspector pdf;

    @Inject
    AttachmentConfig limits;

    @Inject
    ServerClock clock;

    @Inject
    MeterRegistry metrics;

    @Inject
    jakarta.enterprise.inject.Instance<FileReaders> readers;

    /**
     * Opens a draft with the next reference of the campaign; the campaign must accept submissions now. The campaign
     * row is only read: simultaneous drafts wait on the campaign's reference counter, not on each other's versions.
     */
    @Transactional
    public CandidatureView createDraft(Actor actor, String campaignCode, CandidatureRequest request) {
        if (actor.organisationId() == null) {
            throw AmiException.conflict(
                    "Votre compte n’est rattaché à aucune organisation\u00a0: déclarez votre organisation (SIREN) avant de candidater.");
        }
        Campaign campaign = campaigns.getByCode(campaignCode);
        if (campaign.state == CampaignState.DRAFT) {
            throw AmiException.notFound("Aucune campagne publiée n’a le code «\u00a0" + campaignCode + "\u00a0».");
        }
        Instant now = clock.now();
        ensureAcceptsSubmissions(campaign, now);
        Candidature candidature = new Candidature();
        candidature.reference = "%s-%04d".formatted(campaign.code, campaigns.nextReferenceNumber(campaign));
        candidature.campaign = campaign;
        candidature.organisation = organisations.findById(actor.organisationId());
        candidature.createdAt = now;
        candidature.createdBy = actor.username();
        CandidatureContent.apply(candidature, request);
        candidature.moveTo(CandidatureState.DRAFT, ActorKind.CANDIDATE, actor.username(), now, "Brouillon créé");
        candidatures.persist(candidature);
        return view(candidature, actor);
    }

    /** A file, for its organisation or an administrator. */
    public CandidatureView get(Actor actor, String reference) {
        Candidature candidature = candidatures.getWithHistory(reference);
        CandidatureAccess.ensureCanRead(actor, candidature, readers);
        return view(candidature, actor);
    }

    /** Replaces the form's content while the file is a draft or sent back for correction. */
    @Transactional
    public CandidatureView update(Actor actor, String reference, CandidatureRequest request) {
        Candidature candidature = editable(actor, reference);
        CandidatureContent.apply(candidature, request);
        candidature.updatedAt = clock.now();
        return view(candidature, actor);
    }

    /** The files of the actor's organisation, newest first; none before it declares its organisation. */
    public List<CandidatureSummary> mine(Actor actor) {
        if (actor.organisationId() == null) {
            return List.of();
        }
        return candidatures.ofOrganisation(actor.organisationId()).stream().map(CandidatureSummary::of).toList();
    }

    /** The files of a campaign for the administrators, filtered by state, track and family (null = any). */
    public List<CandidatureSummary> ofCampaign(String campaignCode, CandidatureFilter filter) {
        campaigns.getByCode(campaignCode);
        return candidatures.ofCampaign(campaignCode, filter).stream().map(CandidatureSummary::of).toList();
    }

    /** One page of the files of a campaign matching {@code filter}, in the order of their references. */
    public PageResult<CandidatureSummary> pageOfCampaign(String campaignCode, CandidatureFilter filter, PageRequest page) {
        campaigns.getByCode(campaignCode);
        return candidatures.pageOfCampaign(campaignCode, filter, page).map(CandidatureSummary::of);
    }

    /**
     * Submits a draft before the closing instant, or a corrected file before its correction deadline. The
     * state change and the process step commit together: if the engine fails, the file stays as it was.
     */
    @Transactional
    public CandidatureView submit(Actor actor, String reference) {
        Candidature candidature = candidatures.lockByReference(reference);
        CandidatureAccess.ensureCanChange(actor, candidature, readers);
        Instant now = clock.now();
        switch (candidature.state) {
            case DRAFT -> {
                ensureAcceptsSubmissions(candidature.campaign, now);
                CandidatureContent.ensureComplete(missingForSubmission(candidature));
                candidature.submittedAt = now;
                candidature.moveTo(CandidatureState.SUBMITTED, ActorKind.CANDIDATE, actor.username(), now, "Candidature soumise");
                workflow.startCandidature(candidature.reference, candidature.campaign.code);
                metrics.counter("ami.candidatures.submitted", "campaign", candidature.campaign.code).increment();
                LOG.infof("Candidature %s soumise par %s", reference, actor.username());
            }
            case CORRECTION_REQUESTED -> {
                if (now.isAfter(candidature.correctionDueAt)) {
                    throw AmiException.conflict("Le délai de correction a expiré le "
                            + FrenchFormat.dateTime(candidature.correctionDueAt) + "\u00a0: la candidature ne peut plus être soumise.");
                }
                CandidatureContent.ensureComplete(missingForSubmission(candidature));
                candidature.moveTo(CandidatureState.SUBMITTED, ActorKind.CANDIDATE, actor.username(), now,
                        "Candidature corrigée et soumise à nouveau");
                // The deadline is kept: if the file is still incomplete, the next request reuses it.
                candidature.stateReason = null;
                if (!workflow.correlate(ProcessVariables.MSG_CORRECTION_SUBMITTED, reference, Map.of())) {
                    throw AmiException.conflict("La demande de correction de la candidature " + reference + " n’est plus en attente.");
                }
                LOG.infof("Candidature %s corrigée et soumise à nouveau par %s", reference, actor.username());
            }
            default -> throw AmiException.conflict("La candidature " + reference + " a déjà été soumise le "
                    + FrenchFormat.dateTime(candidature.submittedAt) + " (état\u00a0: " + candidature.state.label
                    + ")\u00a0: une nouvelle soumission ne change rien.");
        }
        return view(candidature, actor);
    }

    /** Withdraws a file before its decision; a running process is interrupted by a message. */
    @Transactional
    public CandidatureView withdraw(Actor actor, String reference, String reason) {
        Candidature candidature = candidatures.lockByReference(reference);
        CandidatureAccess.ensureCanChange(actor, candidature, readers);
        if (candidature.state.isFinal()) {
            throw AmiException.conflict("La candidature " + reference + " ne peut plus être retirée (état\u00a0: "
                    + candidature.state.label + ").");
        }
        boolean submitted = candidature.state != CandidatureState.DRAFT;
        candidature.moveTo(CandidatureState.WITHDRAWN, ActorKind.CANDIDATE, actor.username(), clock.now(),
                reason == null || reason.isBlank() ? "Candidature retirée par l’organisation" : reason.strip());
        if (submitted && !workflow.correlate(ProcessVariables.MSG_CANDIDATURE_WITHDRAWN, reference, Map.of())) {
            throw AmiException.conflict("Le traitement de la candidature " + reference + " est terminé\u00a0: elle ne peut plus être retirée.");
        }
        LOG.infof("Candidature %s retirée par %s", reference, actor.username());
        return view(candidature, actor);
    }

    /** Attaches a PDF after checking its size and parsing it; the bytes are stored with the file. */
    @Transactional
    public AttachmentView attach(Actor actor, String reference, String fileName, Path upload) {
        Candidature candidature = editable(actor, reference);
        long size = sizeOf(upload);
        if (size > limits.maxBytes()) {
            throw AmiException.tooLarge("Le fichier «\u00a0" + cleanFileName(fileName) + "\u00a0» dépasse la taille maximale de "
                    + limits.maxBytes() / (1024 * 1024) + " Mo.");
        }
        if (attachments.countOf(candidature.id) >= limits.maxCount()) {
            throw AmiException.conflict("Une candidature compte au plus " + limits.maxCount()
                    + " pièces jointes\u00a0: supprimez-en une avant d’en ajouter.");
        }
        byte[] bytes = read(upload);
        int pages = pdf.inspect(bytes);
        Attachment attachment = new Attachment();
        attachment.candidature = candidature;
        attachment.fileName = cleanFileName(fileName);
        attachment.sizeBytes = bytes.length;
        attachment.sha256 = sha256(bytes);
        attachment.pageCount = pages;
        attachment.uploadedAt = clock.now();
        attachment.uploadedBy = actor.username();
        attachment.content = bytes;
        attachments.persist(attachment);
        candidature.updatedAt = attachment.uploadedAt;
        return AttachmentView.of(attachment);
    }

    /** Removes a PDF while the file is still editable. */
    @Transactional
    public void detach(Actor actor, String reference, Long attachmentId) {
        Candidature candidature = editable(actor, reference);
        attachments.delete(attachmentOf(candidature, attachmentId));
        candidature.updatedAt = clock.now();
    }

    /** A PDF of a file the actor may read. */
    public AttachmentContent download(Actor actor, String reference, Long attachmentId) {
        Candidature candidature = candidatures.getByReference(reference);
        CandidatureAccess.ensureCanRead(actor, candidature, readers);
        Attachment attachment = attachmentOf(candidature, attachmentId);
        return new AttachmentContent(attachment.fileName, attachment.content);
    }

    private Attachment attachmentOf(Candidature candidature, Long attachmentId) {
        Attachment attachment = attachments.findById(attachmentId);
        if (attachment == null || !attachment.candidature.id.equals(candidature.id)) {
            throw AmiException.notFound("La candidature " + candidature.reference + " n’a pas de pièce jointe n° " + attachmentId + ".");
        }
        return attachment;
    }

    /** The file, locked for this transaction, if the actor's organisation may still change it now. */
    private Candidature editable(Actor actor, String reference) {
        return ensureEditable(actor, candidatures.lockByReference(reference));
    }

    /** Refuses (403 or 409) when the actor may not change the file now; for the pages, before showing a form. */
    public void checkEditable(Actor actor, String reference) {
        ensureEditable(actor, candidatures.getByReference(reference));
    }

    /** What the file still lacks for a submission, field by field; for the review page before submitting. */
    public List<FieldError> missingItems(Actor actor, String reference) {
        Candidature candidature = candidatures.getByReference(reference);
        CandidatureAccess.ensureCanRead(actor, candidature, readers);
        return missingForSubmission(candidature);
    }

    /**
     * The form's missing fields, and the PDF the attachments page asks for: a file is not submitted without it
     * (issue #14), so that the page and the rule say the same.
     */
    private List<FieldError> missingForSubmission(Candidature candidature) {
        List<FieldError> missing = new java.util.ArrayList<>(CandidatureContent.missingForSubmission(candidature));
        if (attachments.countOf(candidature.id) == 0) {
            missing.add(new FieldError("file", "Joignez au moins un document PDF présentant la solution"));
        }
        return missing;
    }

    /** Whether the deadline that applies to this file (closing, or correction) has passed. */
    public boolean deadlinePassed(String reference) {
        Candidature candidature = candidatures.getByReference(reference);
        Instant now = clock.now();
        return candidature.state == CandidatureState.CORRECTION_REQUESTED
                ? now.isAfter(candidature.correctionDueAt)
                : !candidature.campaign.acceptsSubmissionsAt(now);
    }

    private Candidature ensureEditable(Actor actor, Candidature candidature) {
        String reference = candidature.reference;
        CandidatureAccess.ensureCanChange(actor, candidature, readers);
        if (!CandidatureState.EDITABLE.contains(candidature.state)) {
            throw AmiException.conflict("La candidature " + reference + " n’est plus modifiable (état\u00a0: "
                    + candidature.state.label + ").");
        }
        if (candidature.state == CandidatureState.CORRECTION_REQUESTED && clock.now().isAfter(candidature.correctionDueAt)) {
            throw AmiException.conflict("Le délai de correction a expiré le "
                    + FrenchFormat.dateTime(candidature.correctionDueAt) + "\u00a0: la candidature n’est plus modifiable.");
        }
        return candidature;
    }

    private static void ensureAcceptsSubmissions(Campaign campaign, Instant now) {
        if (campaign.acceptsSubmissionsAt(now)) {
            return;
        }
        if (campaign.state == CampaignState.DRAFT && !now.isBefore(campaign.openingAt) && !now.isAfter(campaign.closingAt)) {
            throw AmiException.conflict("La campagne " + campaign.code + " est en cours d’ouverture\u00a0: réessayez dans quelques instants.");
        }
        if (campaign.state == CampaignState.OPEN || now.isAfter(campaign.closingAt)) {
            throw AmiException.conflict("La date limite de dépôt de la campagne " + campaign.code + " était le "
                    + FrenchFormat.dateTime(campaign.closingAt) + "\u00a0: les candidatures ne sont plus acceptées.");
        }
        throw AmiException.conflict("La campagne " + campaign.code + " n’est pas ouverte aux candidatures (ouverture le "
                + FrenchFormat.dateTime(campaign.openingAt) + ").");
    }

    private CandidatureView view(Candidature c, Actor viewer) {
        return CandidatureView.of(c, attachments.ofCandidature(c.id), viewer.isAdmin());
    }

    static String cleanFileName(String raw) {
        String name = raw == null ? "" : raw.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "piece-jointe.pdf";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static long sizeOf(Path upload) {
        try {
            return Files.size(upload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path upload) {
        try {
            return Files.readAllBytes(upload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
