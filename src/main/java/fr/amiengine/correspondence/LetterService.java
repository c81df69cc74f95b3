package fr.amiengine.correspondence;

import fr.amiengine.campaign.Campaign;
import fr.amiengine.campaign.CampaignRepository;
import fr.amiengine.campaign.Criterion;
import fr.amiengine.documents.DecisionLetterData;
import fr.amiengine.documents.DecisionLetterDocument;
import fr.amiengine.documents.MinutesData;
import fr.amiengine.documents.MinutesDocument;
import fr.amiengine.documents.ReceiptData;
import fr.amiengine.documents.ReceiptDocument;
import fr.amiengine.evaluation.consolidation.ConsolidationService;
import fr.amiengine.evaluation.consolidation.ConsolidationService.CriterionResult;
import fr.amiengine.evaluation.consolidation.ConsolidationService.FileResult;
import fr.amiengine.evaluation.committee.EvaluatorService;
import fr.amiengine.integrity.IntegrityService;
import fr.amiengine.integrity.LedgerHead;
import fr.amiengine.selection.Decision;
import fr.amiengine.selection.DecisionRepository;
import fr.amiengine.selection.Ranking;
import fr.amiengine.shared.AmiConfig;
import fr.amiengine.shared.FrenchFormat;
import fr.amiengine.shared.ServerClock;
import fr.amiengine.submission.Candidature;
import fr.amiengine.submission.CandidatureRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Writes the documents of a campaign from its records: the receipt of a submission, the decision letter of a file,
 * the committee's minutes (rendered by {@code fr.amiengine.documents}: PDF/A-2b, tagged PDF/UA-1). Each is written
 * once and kept; the steps that call this run on the job executor, never in a web request.
 */
@ApplicationScoped
public class LetterService {

    private static final Logger LOG = Logger.getLogger(LetterService.class);

    /** How to contest a decision, written in every letter. */
    static final String APPEAL = "Cette décision peut faire l’objet d’un recours gracieux auprès du comité de sélection, "
            + "ou d’un recours contentieux devant le tribunal administratif compétent, dans un délai de deux mois à compter de "
            + "sa notification (articles R. 421-1 et suivants du code de justice administrative). Le tribunal peut être saisi "
            + "par l’application Télérecours citoyens accessible sur le site www.telerecours.fr.";

    /**
     * The notice of CRPA L311-3-1: the decision was taken with an algorithmic processing, where its rules are published
     * (L312-1-3), and the candidate's right to obtain them and how they were applied to the file (R311-3-1-2).
     */
    static String algorithmNotice(String rulesAddress, String evaluationAddress, String contactService, String contactEmail) {
        return "Cette décision a été prise sur le fondement d’un traitement algorithmique (article L311-3-1 du code des "
                + "relations entre le public et l’administration) : les notes des évaluateurs sont agrégées en une note "
                + "brute et une note normalisée, les dossiers sont classés par volet selon des règles de départage publiées, "
                + "et une proposition de sélection est calculée sous les contraintes de places, de budgets et de familles "
                + "fonctionnelles ; le comité de sélection a examiné cette proposition avant de décider. Les règles de ce "
                + "traitement sont publiées depuis l’ouverture de l’appel à l’adresse " + rulesAddress + ". Vous avez le droit "
                + "d’obtenir la communication de ces règles et de la manière dont elles ont été appliquées à votre "
                + "dossier : le degré et le mode de contribution du traitement à la décision, les données traitées et leurs "
                + "sources, les paramètres et leur pondération appliqués à votre dossier, et les opérations effectuées "
                + "(article R311-3-1-2 du même code). Ces éléments, avec les notes et les appréciations des évaluateurs "
                + "sur votre dossier, sont consultables à l’adresse " + evaluationAddress + " ; vous pouvez aussi les "
                + "demander au contact de la campagne, " + contactService + " (" + contactEmail + ").";
    }

    @Inject
    CandidatureRepository candidatures;

    @Inject
    CampaignRepository campaigns;

    @Inject
    DecisionRepository decisions;

    @Inject
    ConsolidationService consolidation;

    @Inject
    EvaluatorService evaluators;

    @Inject
    DocumentStore store;

    @Inject
    fr.amiengine.campaign.CampaignService campaignService;

    @Inject
    ServerClock clock;

    @Inject
    IntegrityService integrity;

    @Inject
    AmiConfig config;

    /**
     * The receipt of a submission (first part of {@code Task_SendSubmissionReceipt}). Documents are committed at once,
     * in a transaction of their own, so that the mail that follows can attach them. The PDF is drawn between two short
     * transactions, not inside one: the job's own transaction already holds a connection, and drawing inside a new one
     * held a second connection of the pool for the whole drawing: two per receipt job, while the submissions of a
     * deadline burst wait for one (issue #13). The second transaction writes the receipt only if none was written
     * meanwhile, so it is still written once.
     */
    public StoredDocument writeReceipt(String reference) {
        StoredDocument[] stored = new StoredDocument[1];
        ReceiptData data = QuarkusTransaction.requiringNew().call(() -> {
            Candidature file = candidatures.getByReference(reference);
            stored[0] = store.find(file.campaign, file, DocumentKind.RECEIPT).orElse(null);
            return stored[0] != null ? null : receiptData(file);
        });
        if (data == null) {
            return stored[0];
        }
        byte[] pdf = ReceiptDocument.render(data);
        return QuarkusTransaction.requiringNew().call(() -> {
            Candidature file = candidatures.getByReference(reference);
            return store.find(file.campaign, file, DocumentKind.RECEIPT)
                    .orElseGet(() -> store.save(file.campaign, file, DocumentKind.RECEIPT, pdf));
        });
    }

    private ReceiptData receiptData(Candidature file) {
        List<Object[]> pieces = candidatures.getEntityManager().createQuery(
                "select a.fileName, a.pageCount, a.sizeBytes from Attachment a where a.candidature.id = ?1 order by a.id",
                Object[].class).setParameter(1, file.id).getResultList();
        return new ReceiptData(file.campaign.code, file.campaign.title, file.reference,
                file.organisation.legalName, file.organisation.siren, file.solutionName,
                file.track == null ? "—" : file.track.label, file.family == null ? "—" : file.family.label,
                FrenchFormat.dateTime(file.submittedAt),
                pieces.stream().map(p -> p[0] + " (" + p[1] + " page" + (((Integer) p[1]) > 1 ? "s" : "") + ", "
                        + kilobytes((Long) p[2]) + ")").toList(),
                campaignService.contact(file.campaign).service(), campaignService.contact(file.campaign).email(),
                config.publicUrl() + "/candidatures/" + file.reference);
    }

    /** {@code Task_WriteDecisionLetter}: the motivated letter of a file's final decision. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public StoredDocument writeDecisionLetter(String reference) {
        Candidature file = candidatures.getByReference(reference);
        return store.find(file.campaign, file, DocumentKind.DECISION_LETTER).orElseGet(() -> {
            Decision decision = decisions.ofFile(reference).filter(d -> d.finalised)
                    .orElseThrow(() -> new IllegalStateException("pas de décision définitive pour " + reference));
            byte[] pdf = DecisionLetterDocument.render(letterData(file, decision));
            LOG.infof("Lettre de décision de %s rédigée (%d octets)", reference, pdf.length);
            return store.save(file.campaign, file, DocumentKind.DECISION_LETTER, pdf);
        });
    }

    /**
     * A letter of a decision taken after the committee's, from the file's decision as it now stands, written once: the
     * decision letter of a waitlisted file retained after a renunciation ({@link DocumentKind#PROMOTION_LETTER}), or the
     * acknowledgement of a laureate's renunciation ({@link DocumentKind#RENUNCIATION_ACK}). Runs on the job executor.
     *
     * @param decidedOn when the decision was taken
     * @param signatory the first name and surname of who signs it (CRPA L212-1)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public StoredDocument writeLaterLetter(String reference, DocumentKind kind, java.time.Instant decidedOn, String signatory) {
        Candidature file = candidatures.getByReference(reference);
        return store.find(file.campaign, file, kind).orElseGet(() -> {
            Decision decision = decisions.ofFile(reference).filter(d -> d.finalised)
                    .orElseThrow(() -> new IllegalStateException("pas de décision définitive pour " + reference));
            byte[] pdf = DecisionLetterDocument.render(letterData(file, decision).decidedLater(FrenchFormat.date(decidedOn),
                    signatory));
            LOG.infof("%s de %s rédigé (%d octets)", kind, reference, pdf.length);
            return store.save(file.campaign, file, kind, pdf);
        });
    }

    DecisionLetterData letterData(Candidature file, Decision decision) {
        Campaign campaign = file.campaign;
        FileResult result = consolidation.results(campaign.code).stream().filter(r -> r.reference().equals(file.reference))
                .findFirst().orElseThrow();
        Map<String, CriterionResult> means = result.criteria().stream()
                .collect(Collectors.toMap(CriterionResult::key, Function.identity()));
        BigDecimal weights = campaign.criteria.stream().map(c -> c.weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<DecisionLetterData.CriterionLine> criteria = new ArrayList<>();
        for (Criterion c : campaign.criteria) {
            CriterionResult mean = means.get(c.key.name());
            criteria.add(new DecisionLetterData.CriterionLine(c.label, percent(c.weight, weights),
                    points(c.scaleMin) + " à " + points(c.scaleMax), c.threshold == null ? "—" : points(c.threshold),
                    mean == null ? "—" : points(mean.mean()),
                    c.threshold == null ? "—" : mean != null && mean.met() ? "atteint" : "non atteint"));
        }
        String rank = decision.rankPosition == null ? null
                : Ranking.ordinalOf(decision.rankPosition) + " sur " + rankedInTrack(campaign.code, decision.trackCode)
                + " dossiers éligibles du volet «\u00a0" + file.track.label + "\u00a0»";
        return new DecisionLetterData(campaign.code, campaign.title, file.reference, file.organisation.legalName,
                file.solution.contactName, file.solutionName, file.track.label, decision.outcome.name(), decision.outcome.label,
                decision.motivation, criteria, points(result.rawScore()) + " sur 100",
                points(result.normalisedScore()) + " sur 100", rank, decision.rankExplanation,
                FrenchFormat.date(campaign.decisionsApprovedAt),
                // campaigns approved before the approver's name was kept: their account name, as the letter said then
                campaign.decisionsApprovedByName != null ? campaign.decisionsApprovedByName : campaign.decisionsApprovedBy,
                campaign.signatoryTitle,
                algorithmNotice(config.publicUrl() + "/campagnes/" + campaign.code + "/regles",
                        config.publicUrl() + "/candidatures/" + file.reference + "/evaluation",
                        campaignService.contact(campaign).service(), campaignService.contact(campaign).email()),
                APPEAL);
    }

    private long rankedInTrack(String code, String trackCode) {
        return decisions.ofCampaign(code).stream().filter(d -> d.trackCode.equals(trackCode) && d.rankPosition != null).count();
    }

    /** {@code Task_WriteMinutes}: the committee's minutes, once the decisions are final. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public StoredDocument writeMinutes(String code) {
        Campaign campaign = campaigns.getByCode(code);
        return store.find(campaign, null, DocumentKind.MINUTES).orElseGet(() -> {
            // the heads written into the minutes are recorded with them: the chains must keep them (integrity)
            byte[] pdf = MinutesDocument.render(minutesData(campaign,
                    integrity.recordHeads(campaign, LedgerHead.WrittenIn.MINUTES, null)));
            LOG.infof("Procès-verbal de %s rédigé (%d octets)", code, pdf.length);
            return store.save(campaign, null, DocumentKind.MINUTES, pdf);
        });
    }

    MinutesData minutesData(Campaign campaign, List<IntegrityService.Head> heads) {
        BigDecimal weights = campaign.criteria.stream().map(c -> c.weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Decision> all = decisions.ofCampaign(campaign.code);
        List<String> members = new ArrayList<>(evaluators.ofCampaign(campaign.code).stream()
                .map(e -> e.displayName() + " — " + e.administration() + " (évaluation)").toList());
        return new MinutesData(campaign.code, campaign.title, FrenchFormat.date(campaign.decisionsApprovedAt), members,
                campaign.criteria.stream().map(c -> new MinutesData.GridLine(c.label, percent(c.weight, weights),
                        points(c.scaleMin) + " à " + points(c.scaleMax), c.threshold == null ? "—" : points(c.threshold))).toList(),
                all.stream().map(d -> new MinutesData.RankingLine(d.candidature.track.label,
                        d.rankPosition == null ? "non classé" : Ranking.ordinalOf(d.rankPosition), d.candidature.reference,
                        d.candidature.organisation.legalName, d.candidature.solutionName, points(d.score),
                        d.eligible ? "oui" : "non", d.proposedOutcome.label, d.outcome.label)).toList(),
                all.stream().map(d -> new MinutesData.DecisionLine(d.candidature.reference, d.candidature.organisation.legalName,
                        d.outcome.label, d.motivation)).toList(),
                // the approver by name and title, as the letters sign (CRPA L212-1); the account only for older campaigns
                campaign.decisionsSubmittedByName, campaign.decisionsApprovedByName != null
                        ? campaign.decisionsApprovedByName + ", " + campaign.signatoryTitle : campaign.decisionsApprovedBy,
                FrenchFormat.dateTime(campaign.decisionsApprovedAt), Ranking.TIE_RULES,
                heads.stream().map(h -> new MinutesData.ChainHead(h.chain().label, String.valueOf(h.entries()),
                        grouped(h.hash()))).toList());
    }

    /** A hash in four groups of sixteen digits, so that it reads and wraps in a table cell. */
    static String grouped(String hash) {
        return String.join(" ", hash.substring(0, 16), hash.substring(16, 32), hash.substring(32, 48), hash.substring(48));
    }

    private static String percent(BigDecimal weight, BigDecimal total) {
        return points(weight.multiply(BigDecimal.valueOf(100)).divide(total, 1, java.math.RoundingMode.HALF_UP)) + "\u00a0%";
    }

    private static String points(BigDecimal value) {
        return value == null ? "—" : Ranking.points(value);
    }

    private static String kilobytes(long bytes) {
        return String.format(Locale.FRANCE, "%,d ko", Math.max(1, bytes / 1024)).replace('\u00A0', '\u202F');
    }
}
