package fr.amiengine.correspondence;

import fr.amiengine.campaign.CampaignRepository;
import fr.amiengine.identity.Actor;
import fr.amiengine.shared.AmiException;
import fr.amiengine.submission.Candidature;
import fr.amiengine.submission.CandidatureRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Who reads which document: a file's receipt and letter its organisation and the administrators; the minutes
 * administrators. Anyone else is answered as for a reference that does not exist, so that the answer does not say
 * which references exist.
 */
@ApplicationScoped
public class DocumentAccess {

    /** What is downloaded. */
    public record Download(String fileName, byte[] content) {
    }

    /** A file's final decision as its candidate reads it; {@code outcome} null before the decision. */
    public record Outcome(String reference, String campaignTitle, String solution, String outcome, String decidedOn,
                          String motivation, String rankExplanation, boolean letterReady, boolean receiptReady) {
    }

    @Inject
    fr.amiengine.selection.DecisionService decisions;

    @Inject
    CandidatureRepository candidatures;

    @Inject
    CampaignRepository campaigns;

    @Inject
    DocumentStore store;

    @Transactional
    public Download ofFile(Actor actor, String reference, DocumentKind kind) {
        Candidature file = candidatures.getByReference(reference);
        if (!actor.isAdmin() && !actor.belongsTo(file.organisation.id)) {
            throw CandidatureRepository.unknown(reference);
        }
        return store.find(file.campaign, file, kind).map(d -> new Download(d.fileName, d.content))
                .orElseThrow(() -> AmiException.notFound(kind == DocumentKind.RECEIPT
                        ? "L’accusé de réception de " + reference + " est en cours de préparation\u00a0: il est produit et envoyé "
                                + "quelques instants après la soumission."
                        : "La lettre de décision de " + reference + " n’est pas encore disponible\u00a0: elle est produite une fois "
                                + "les décisions approuvées."));
    }

    /** Callers are administrators ({@code @RolesAllowed} on the resource and the page). */
    @Transactional
    public Download minutes(String code) {
        return store.find(campaigns.getByCode(code), null, DocumentKind.MINUTES).map(d -> new Download(d.fileName, d.content))
                .orElseThrow(() -> AmiException.notFound("Le procès-verbal de " + code + " n’est pas encore disponible\u00a0: il est "
                        + "rédigé une fois les décisions approuvées."));
    }

    /** The candidate's view of the decision on their file, with the documents ready to download. */
    @Transactional
    public Outcome outcome(Actor actor, String reference) {
        Candidature file = candidatures.getByReference(reference);
        if (!actor.isAdmin() && !actor.belongsTo(file.organisation.id)) {
            throw CandidatureRepository.unknown(reference);
        }
        boolean letter = store.find(file.campaign, file, DocumentKind.DECISION_LETTER).isPresent();
        boolean receipt = store.find(file.campaign, file, DocumentKind.RECEIPT).isPresent();
        return decisions.finalDecision(reference)
                .map(d -> new Outcome(reference, file.campaign.title, file.solutionName, d.outcome.label,
                        fr.amiengine.shared.FrenchFormat.date(file.campaign.decisionsApprovedAt), d.motivation,
                        d.rankExplanation, letter, receipt))
                .orElse(new Outcome(reference, file.campaign.title, file.solutionName, null, null, null, null, false, receipt));
    }
}
