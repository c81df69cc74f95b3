package fr.amiengine.demo;

import fr.amiengine.admissibility.AdmissibilityOutcome;
import fr.amiengine.admissibility.AdmissibilityRequest;
import fr.amiengine.admissibility.AdmissibilityService;
import fr.amiengine.campaign.CampaignRepository;
import fr.amiengine.campaign.CampaignRequest;
import fr.amiengine.campaign.CampaignRequest.CriterionRequest;
import fr.amiengine.campaign.CampaignRequest.FamilyRequest;
import fr.amiengine.campaign.CampaignRequest.TrackRequest;
import fr.amiengine.campaign.CampaignService;
import fr.amiengine.campaign.CriterionKey;
import fr.amiengine.campaign.DisagreementPolicy;
import fr.amiengine.evaluation.committee.ConflictKind;
import fr.amiengine.evaluation.committee.EvaluatorRequests;
import fr.amiengine.evaluation.assignment.AssignmentService;
import fr.amiengine.evaluation.EvaluationStageService;
import fr.amiengine.evaluation.committee.EvaluatorService;
import fr.amiengine.evaluation.scoring.MyAssignmentView;
import fr.amiengine.evaluation.scoring.ScoringRequests;
import fr.amiengine.evaluation.scoring.ScoringService;
import fr.amiengine.identity.Actor;
import fr.amiengine.identity.Organisation;
import fr.amiengine.identity.OrganisationKind;
import fr.amiengine.identity.OrganisationRepository;
import fr.amiengine.identity.OrganisationService;
import fr.amiengine.identity.Roles;
import fr.amiengine.shared.ServerClock;
import fr.amiengine.submission.AccessibilityLevel;
import fr.amiengine.submission.CandidatureRequest;
import fr.amiengine.submission.CandidatureRequest.Compliance;
import fr.amiengine.submission.CandidatureRequest.Contact;
import fr.amiengine.submission.CandidatureRequest.Integration;
import fr.amiengine.submission.CandidatureService;
import fr.amiengine.submission.DeploymentMode;
import fr.amiengine.submission.HostingLocation;
import fr.amiengine.submission.MaturityLevel;
import fr.amiengine.submission.SecurityQualification;
import fr.amiengine.workflow.ProcessVariables;
import fr.amiengine.workflow.WorkflowService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jboss.logging.Logger;

/**
 * Seeds the demo database once (profile {@code demo}): a 2025-shaped AMI open for submissions with files in
 * every admissibility state, a 2019-shaped AMI with two budgeted tracks that closes a few minutes after start,
 * with its four-member committee declared, a 2024 edition evaluated and ready for the committee session, and a
 * draft for next year. The data go through the same services as
 * the API, processes included; inviting the committee asks Keycloak, which the demo launcher starts first.
 */
@ApplicationScoped
public class DemoDataSeeder {

    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class);

    static final String CAMPAIGN_2025 = "AMI-IA-2025";
    static final String CAMPAIGN_2019 = "AMI-IA2-DEMO";
    static final String CAMPAIGN_2026 = "AMI-IA-2026";
    static final String CAMPAIGN_2024 = "AMI-IA-2024";
    /** The fixed ids of the demo users in config/keycloak/ami-realm.json. */
    static final String CANDIDAT1 = "7b0c2f9e-2c5e-4a61-9d0e-3f1a2b4c5d01";
    static final String CANDIDAT2 = "7b0c2f9e-2c5e-4a61-9d0e-3f1a2b4c5d02";
    static final String BUYER = "7b0c2f9e-2c5e-4a61-9d0e-3f1a2b4c5d0a";
    /** The committee of the 2019-shaped AMI: the four evaluator accounts of the realm, by id, login and e-mail. */
    private static final String[][] COMMITTEE_2019 = {
            {"7b0c2f9e-2c5e-4a61-9d0e-3f1a2b4c5d03", "evaluateur", "elise.petit@numerique.gouv.example", "Élise", "Petit",
                    "Direction interministérielle du numérique (démo)", "DOCUMENTS"},
            {"7b0c2f9e-2c5e-4a61-9d0e-3f1a2b4c5d06", "evaluateur2", "marc.leroy@interieur.gouv.example", "Marc", "Leroy",
                    "Ministère de l'intérieur (démo)", "DONNEES"},
            {"7b0c2f9e-2c5e-4a61-9d0e-3f1a2b4c5d07", "evaluateur3", "sophie.garnier@sante.gouv.example", "Sophie", "Garnier",
                    "Ministère de la santé (démo)", "DOCUMENTS"},
            {"7b0c2f9e-2c5e-4a61-9d0e-3f1a2b4c5d08", "evaluateur4", "karim.benali@economie.gouv.example", "Karim", "Benali",
                    "Ministère de l'économie (démo)", "DONNEES"}};

    private static final Actor SEEDER = new Actor("demo-seeder", "démonstration", Set.of(Roles.ADMIN), null);
    private static final Actor ADMIN = new Actor("7b0c2f9e-2c5e-4a61-9d0e-3f1a2b4c5d04", "admin", Set.of(Roles.ADMIN), null);

    @Inject
    DemoConfig config;

    @Inject
    CampaignService campaigns;

    @Inject
    CampaignRepository campaignRepository;

    @Inject
    OrganisationRepository organisations;

    @Inject
    OrganisationService organisationService;

    @Inject
    CandidatureService candidatures;

    @Inject
    AdmissibilityService admissibility;

    @Inject
    EvaluatorService committee;

    @Inject
    EvaluationStageService evaluationStage;

    @Inject
    AssignmentService assignments;

    @Inject
    ScoringService scoring;

    @Inject
    WorkflowService workflow;

    @Inject
    ServerClock clock;

    /**
     * Seeds the demo's campaigns at the first start, then starts the job executor: the demo profile keeps it off
     * until then, so that a due timer is never run at once by the executor and by {@code fireTimer} here, which made
     * one of them fail on the campaign's row and log an error at every first start.
     */
    void seed(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        try {
            seedOnce();
        } finally {
            workflow.startJobExecutor();
        }
    }

    private void seedOnce() {
        if (campaignRepository.findByCode(CAMPAIGN_2025).isPresent()) {
            LOG.info("Données de démonstration déjà présentes");
            return;
        }
        Instant now = clock.now().truncatedTo(ChronoUnit.MINUTES);
        Path pdf = presentationPdf();
        List<Organisation> companies = companies();
        seed2025(now, companies, pdf);
        seed2019(now, pdf);
        seed2024(now, companies, pdf);
        buyer();
        campaigns.create(SEEDER, campaign2026(now));
        LOG.info("Données de démonstration créées");
    }

    private void seed2025(Instant now, List<Organisation> companies, Path pdf) {
        campaigns.create(SEEDER, campaign2025(now));
        workflow.fireTimer(CAMPAIGN_2025, ProcessVariables.TIMER_CAMPAIGN_OPENS);
        // 36 files: the first two organisations are those of candidat1 and candidat2.
        String[] plan = {
                "DRAFT", "SUBMITTED", "ADMISSIBLE", "SUBMITTED", "ADMISSIBLE", "CORRECTION", "INADMISSIBLE", "SUBMITTED",
                "ADMISSIBLE", "SUBMITTED", "WITHDRAWN", "ADMISSIBLE", "INCOMPLETE", "SUBMITTED", "ADMISSIBLE", "DRAFT",
                "SUBMITTED", "ADMISSIBLE", "CORRECTION", "SUBMITTED", "INADMISSIBLE", "ADMISSIBLE", "DRAFT", "SUBMITTED",
                "ADMISSIBLE", "SUBMITTED", "WITHDRAWN", "DRAFT", "SUBMITTED", "INADMISSIBLE", "SUBMITTED", "DRAFT",
                "SUBMITTED", "ADMISSIBLE", "DRAFT", "SUBMITTED"};
        for (int i = 0; i < plan.length; i++) {
            Organisation organisation = companies.get(i % companies.size());
            DemoData.Solution solution = DemoData.SOLUTIONS.get(i % DemoData.SOLUTIONS.size());
            String family = DemoData.FAMILIES_2025.get(i % DemoData.FAMILIES_2025.size()).code();
            Actor candidate = new Actor(subjectOf(organisation, i), "contact-" + organisation.siren, Set.of(Roles.CANDIDATE),
                    organisation.id);
            CandidatureRequest form = form("SOLUTIONS", family, solution.name() + (i >= 12 ? " " + (i / 12 + 1) : ""),
                    solution.summary(), i, null, organisation.legalName);
            advance(candidate, CAMPAIGN_2025, form, plan[i], pdf, now);
        }
    }

    private void seed2019(Instant now, Path pdf) {
        campaigns.create(SEEDER, campaign2019(now));
        workflow.fireTimer(CAMPAIGN_2019, ProcessVariables.TIMER_CAMPAIGN_OPENS);
        String[][] administrations = {
                {"Direction démo de la santé", "TECHNIQUE", "Analyser et prétraiter les signalements d'événements sanitaires"},
                {"Centre hospitalier démo", "TECHNIQUE", "Simplifier la recherche d'informations dans le dossier patient"},
                {"Direction démo des collectivités", "TECHNIQUE", "Optimiser le contrôle de légalité des actes"},
                {"Direction démo des douanes", "TECHNIQUE", "Détecter les fausses déclarations douanières"},
                {"Institut démo de la statistique", "TECHNIQUE", "Recommander l'établissement employeur lors du recensement"},
                {"Juridiction administrative démo", "TECHNIQUE", "Détecter les séries de contentieux appelant une décision commune"},
                {"Institut démo de géographie", "SCIENTIFIQUE", "Positionner les points de référence terrestres par satellite"},
                {"Cour démo de cassation", "SCIENTIFIQUE", "Identifier les divergences de jurisprudence"},
                {"Service démo d'hydrographie", "SCIENTIFIQUE", "Améliorer la cartographie sous-marine du littoral"},
                {"Direction démo de la concurrence", "SCIENTIFIQUE", "Détecter les clauses abusives dans les contrats"}};
        for (int i = 0; i < administrations.length; i++) {
            Organisation organisation = organisation(900 + i, administrations[i][0], OrganisationKind.ADMINISTRATION);
            Actor candidate = new Actor(subjectOf(organisation, i), "contact-" + organisation.siren, Set.of(Roles.CANDIDATE),
                    organisation.id);
            long amount = "TECHNIQUE".equals(administrations[i][1]) ? 250_000L + 25_000L * i : 100_000L + 10_000L * i;
            CandidatureRequest form = form(administrations[i][1], i % 2 == 0 ? "DOCUMENTS" : "DONNEES",
                    "Projet " + (i + 1), administrations[i][2], i, amount, organisation.legalName);
            advance(candidate, CAMPAIGN_2019, form, i == 3 ? "INADMISSIBLE" : "ADMISSIBLE", pdf, now);
        }
        seedCommittee2019();
    }

    /**
     * Invites the four demo evaluators to the 2019-shaped AMI and records their declarations of interest, so that
     * the administrator can launch the evaluation once the campaign has closed. Sophie Garnier comes from the health
     * ministry and declares a link with its demo directorate; Karim Benali declares his own ministry's competition
     * directorate. The accounts exist in the realm: the directory finds them by e-mail and creates nothing.
     */
    private void seedCommittee2019() {
        String health = siren(900);
        String competition = siren(909);
        for (String[] member : COMMITTEE_2019) {
            committee.invite(ADMIN, CAMPAIGN_2019, new EvaluatorRequests.Invitation(member[2], member[3], member[4], member[5],
                    List.of(member[6]), null));
            List<EvaluatorRequests.Link> links = switch (member[1]) {
                case "evaluateur3" -> List.of(new EvaluatorRequests.Link(health, ConflictKind.LINK,
                        "Ancienne cheffe de projet dans cette direction (2021-2023)"));
                case "evaluateur4" -> List.of(new EvaluatorRequests.Link(competition, ConflictKind.OWN_ORGANISATION, null));
                default -> List.of();
            };
            committee.declare(new Actor(member[0], member[1], Set.of(Roles.EVALUATOR), null), CAMPAIGN_2019,
                    new EvaluatorRequests.Declaration(links, true));
        }
    }

    /**
     * A 2024 edition whose evaluation is over, ready for the committee session: two tracks (one with a budget), a
     * family with a minimum of laureates, fourteen files from companies (the first two are candidat1's and
     * candidat2's organisations) scored by Élise Petit and Marc Leroy, one of them under the compliance threshold.
     * Its closing is brought forward (the closing timer is fired at once): it is the past edition of the demo.
     */
    private void seed2024(Instant now, List<Organisation> companies, Path pdf) {
        campaigns.create(SEEDER, campaign2024(now));
        workflow.fireTimer(CAMPAIGN_2024, ProcessVariables.TIMER_CAMPAIGN_OPENS);
        List<String> files = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            Organisation organisation = companies.get(i % companies.size());
            DemoData.Solution solution = DemoData.SOLUTIONS.get(i % DemoData.SOLUTIONS.size());
            boolean pilot = i >= 10;
            Actor candidate = new Actor(subjectOf(organisation, 100 + i), "contact-" + organisation.siren, Set.of(Roles.CANDIDATE),
                    organisation.id);
            CandidatureRequest form = form(pilot ? "PILOTES" : "SOLUTIONS",
                    i % 4 == 3 ? "TRANSCRIPTION" : i % 2 == 0 ? "DOCUMENTS" : "ASSISTANTS", solution.name() + " (2024)",
                    solution.summary(), i, pilot ? 300_000L - 50_000L * (i - 10) : null, organisation.legalName);
            String reference = candidatures.createDraft(candidate, CAMPAIGN_2024, form).reference();
            candidatures.attach(candidate, reference, "presentation-" + reference + ".pdf", pdf);
            candidatures.submit(candidate, reference);
            admissibility.decide(ADMIN, reference, new AdmissibilityRequest(AdmissibilityOutcome.ADMISSIBLE, null, null));
            files.add(reference);
        }
        workflow.fireTimer(CAMPAIGN_2024, ProcessVariables.TIMER_CAMPAIGN_CLOSES);
        evaluationStage.launch(ADMIN, CAMPAIGN_2024);
        workflow.fireTimer(CAMPAIGN_2024, "Task_StartEvaluation");
        List<String[]> members = List.of(COMMITTEE_2019[0], COMMITTEE_2019[1]);
        for (String[] member : members) {
            committee.invite(ADMIN, CAMPAIGN_2024, new EvaluatorRequests.Invitation(member[2], member[3], member[4], member[5],
                    List.of(), null));
            committee.declare(actorOf(member), CAMPAIGN_2024, new EvaluatorRequests.Declaration(List.of(), true));
        }
        assignments.propose(ADMIN, CAMPAIGN_2024);
        assignments.requestRelease(ADMIN, CAMPAIGN_2024, now.plus(Duration.ofDays(10)));
        workflow.fireTimer(CAMPAIGN_2024, "Task_ReleaseAssignments");
        for (int m = 0; m < members.size(); m++) {
            Actor member = actorOf(members.get(m));
            for (MyAssignmentView assignment : scoring.assignmentsOf(member)) {
                if (assignment.campaignCode().equals(CAMPAIGN_2024)) {
                    scoring.saveDraft(member, assignment.id(), scores2024(files.indexOf(assignment.reference()), m));
                    scoring.submit(member, assignment.id());
                }
            }
        }
    }

    private static Actor actorOf(String[] member) {
        return new Actor(member[0], member[1], Set.of(Roles.EVALUATOR), null);
    }

    /**
     * Scores that rank the files clearly, the second member half a point lower on two criteria; the last files of the
     * first track tie (the tie rules decide), file 7 fails the compliance threshold.
     */
    private static ScoringRequests.Scores scores2024(int file, int member) {
        double base = Math.max(2.5, 5 - (file % 10) * 0.5);
        List<ScoringRequests.Score> scores = new ArrayList<>();
        for (CriterionKey key : CriterionKey.values()) {
            double score = key == CriterionKey.COMPLIANCE && file == 7 ? 1.5 : Math.max(0, base - (member == 1 && key.ordinal() % 2 == 0 ? 0.5 : 0));
            scores.add(new ScoringRequests.Score(key.name(), BigDecimal.valueOf(score),
                    "Appréciation argumentée du critère (données de démonstration)."));
        }
        return new ScoringRequests.Scores(scores);
    }

    /** Takes a new file from draft to the state the plan asks, through the same services as the API. */
    private void advance(Actor candidate, String campaign, CandidatureRequest form, String target, Path pdf, Instant now) {
        String reference = candidatures.createDraft(candidate, campaign, form).reference();
        if ("DRAFT".equals(target)) {
            return;
        }
        if (!"INCOMPLETE".equals(target)) {
            candidatures.attach(candidate, reference, "presentation-" + reference + ".pdf", pdf);
        }
        candidatures.submit(candidate, reference);
        switch (target) {
            case "ADMISSIBLE" -> admissibility.decide(ADMIN, reference,
                    new AdmissibilityRequest(AdmissibilityOutcome.ADMISSIBLE, null, null));
            case "INADMISSIBLE" -> admissibility.decide(ADMIN, reference, new AdmissibilityRequest(
                    AdmissibilityOutcome.INADMISSIBLE, "La solution décrite ne repose pas sur de l'intelligence artificielle.", null));
            case "CORRECTION" -> admissibility.decide(ADMIN, reference, new AdmissibilityRequest(
                    AdmissibilityOutcome.CORRECTION_REQUESTED, "Précisez le lieu d'hébergement des données et joignez l'attestation.",
                    now.plus(Duration.ofDays(8))));
            case "WITHDRAWN" -> candidatures.withdraw(candidate, reference, "Solution retirée du marché");
            default -> {
                // SUBMITTED and INCOMPLETE stay where the process put them
            }
        }
    }

    /**
     * {@code acheteur} buys for an administration: the account that gives deployment feedback on the panorama. Its
     * administration is verified by the demo's administrator, as one must be before it signs public feedback.
     */
    private void buyer() {
        QuarkusTransaction.requiringNew().run(() -> {
            Organisation administration = organisation(990, "Direction démo des achats de l'État", OrganisationKind.ADMINISTRATION);
            organisationService.link(new Actor(BUYER, "acheteur", Set.of(Roles.CANDIDATE), null), "lea.roux@achats-demo.gouv.example",
                    administration);
            organisationService.verify(ADMIN, administration.id);
        });
    }

    private List<Organisation> companies() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Organisation> created = new ArrayList<>();
            for (int i = 0; i < DemoData.COMPANIES.size(); i++) {
                created.add(organisation(i, DemoData.COMPANIES.get(i), OrganisationKind.COMPANY));
            }
            organisationService.link(new Actor(CANDIDAT1, "candidat1", Set.of(Roles.CANDIDATE), null),
                    "camille.martin@alpha-ia.example", created.get(0));
            organisationService.link(new Actor(CANDIDAT2, "candidat2", Set.of(Roles.CANDIDATE), null),
                    "dominique.bernard@beta-data.example", created.get(1));
            return created;
        });
    }

    private Organisation organisation(int seed, String name, OrganisationKind kind) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Organisation organisation = new Organisation();
            organisation.siren = siren(seed);
            organisation.legalName = name;
            organisation.kind = kind;
            organisation.createdAt = clock.now();
            organisations.persist(organisation);
            return organisation;
        });
    }

    /** The two demo candidates act for the first two companies; other files are filed by synthetic accounts. */
    private static String subjectOf(Organisation organisation, int index) {
        return "demo-" + organisation.siren + "-" + index;
    }

    /** A valid, invented SIREN: eight digits from the seed and a Luhn key. */
    static String siren(int seed) {
        String body = String.valueOf(81_234_567 + seed * 7_919);
        for (int key = 0; key < 10; key++) {
            if (fr.amiengine.identity.Siren.isValid(body + key)) {
                return body + key;
            }
        }
        throw new IllegalStateException("aucune clé de Luhn pour " + body);
    }

    private static CandidatureRequest form(String track, String family, String name, String summary, int i, Long amount,
                                           String organisation) {
        Set<DeploymentMode> modes = i % 3 == 0 ? EnumSet.of(DeploymentMode.SAAS)
                : i % 3 == 1 ? EnumSet.of(DeploymentMode.ON_PREMISES, DeploymentMode.PRIVATE_CLOUD) : EnumSet.of(DeploymentMode.HYBRID);
        Set<SecurityQualification> qualifications = i % 4 == 0 ? EnumSet.of(SecurityQualification.SECNUMCLOUD)
                : i % 4 == 1 ? EnumSet.of(SecurityQualification.ISO_27001) : EnumSet.noneOf(SecurityQualification.class);
        return new CandidatureRequest(track, family, name, summary,
                MaturityLevel.values()[i % MaturityLevel.values().length],
                new Integration("API REST documentée (OpenAPI 3), webhooks", "OIDC, SAML, PDF/A, DCAT",
                        i % 2 == 0 ? "ProConnect" : "OIDC générique", modes),
                new Compliance(i % 7 != 0, i % 5 == 4 ? HostingLocation.EUROPEAN_UNION : HostingLocation.FRANCE,
                        qualifications, AccessibilityLevel.values()[i % 3]),
                i % 2 == 0 ? "Déployée dans deux collectivités et un opérateur de l'État (2024)." : null,
                amount,
                new Contact("Contact " + organisation, "contact" + i + "@demo.example", "+33 1 00 00 00 " + String.format("%02d", i),
                        i % 3 != 2));
    }

    private static CampaignRequest campaign2025(Instant now) {
        return new CampaignRequest(CAMPAIGN_2025, "Solutions d'intelligence artificielle pour le public",
                "Recenser les solutions d'IA disponibles et mobilisables par les administrations pour leurs missions de "
                        + "service public, et publier un panorama par famille fonctionnelle à l'intention des acheteurs publics.",
                now.minus(Duration.ofDays(14)), now.plus(Duration.ofDays(21)), 2,
                List.of(criterion(CriterionKey.IMPACT, "35", "2"), criterion(CriterionKey.MATURITY, "25", null),
                        criterion(CriterionKey.INTEGRABILITY, "20", null), criterion(CriterionKey.COMPLIANCE, "20", "2.5")),
                new BigDecimal("0.30"), DisagreementPolicy.ADDITIONAL_EVALUATOR, 2, null,
                List.of(new TrackRequest("SOLUTIONS", "Solutions d'IA pour le public", 100, null)),
                DemoData.FAMILIES_2025.stream().map(f -> new FamilyRequest(f.code(), f.label())).toList());
    }

    private static CampaignRequest campaign2019(Instant now) {
        return new CampaignRequest(CAMPAIGN_2019, "Intelligence artificielle dans les administrations (2e vague, démonstration)",
                "Expérimenter l'IA dans les services publics : accompagnement technique et métier, ou scientifique.",
                now.minus(Duration.ofDays(30)), now.plus(Duration.ofMinutes(3)), 2, null, null, null, null, null,
                List.of(new TrackRequest("TECHNIQUE", "Accompagnement technique et métier", 11, 3_500_000L),
                        new TrackRequest("SCIENTIFIQUE", "Accompagnement scientifique", 4, 500_000L)),
                List.of(new FamilyRequest("DOCUMENTS", "Traitement de documents et de textes"),
                        new FamilyRequest("DONNEES", "Analyse de données et détection")));
    }

    private static CampaignRequest campaign2024(Instant now) {
        return new CampaignRequest(CAMPAIGN_2024, "Solutions d'IA pour le public — édition 2024 (évaluée, démonstration)",
                "Édition passée : les dossiers sont évalués, le comité de sélection peut délibérer. Le volet « Pilotes » "
                        + "finance des expérimentations dans la limite de son budget.",
                now.minus(Duration.ofDays(60)), now.plus(Duration.ofDays(1)), 2,
                List.of(criterion(CriterionKey.IMPACT, "35", "2"), criterion(CriterionKey.MATURITY, "25", null),
                        criterion(CriterionKey.INTEGRABILITY, "20", null), criterion(CriterionKey.COMPLIANCE, "20", "2.5")),
                new BigDecimal("0.30"), DisagreementPolicy.ADDITIONAL_EVALUATOR, 2, null,
                List.of(new TrackRequest("SOLUTIONS", "Solutions référencées", 6, null),
                        new TrackRequest("PILOTES", "Expérimentations financées", 2, 400_000L)),
                List.of(new FamilyRequest("DOCUMENTS", "Traitement automatique de documents"),
                        new FamilyRequest("ASSISTANTS", "Assistants conversationnels et agents"),
                        new FamilyRequest("TRANSCRIPTION", "Transcription, traduction et accessibilité", 1, null)));
    }

    private static CampaignRequest campaign2026(Instant now) {
        return new CampaignRequest(CAMPAIGN_2026, "Solutions d'IA pour le public — édition 2026 (brouillon)",
                "Brouillon de la prochaine édition : grille, volets et familles modifiables jusqu'à l'ouverture.",
                now.plus(Duration.ofDays(60)), now.plus(Duration.ofDays(120)), 2, null, null, null, null, null,
                List.of(new TrackRequest("SOLUTIONS", "Solutions d'IA pour le public", 120, null)),
                DemoData.FAMILIES_2025.stream().map(f -> new FamilyRequest(f.code(), f.label())).toList());
    }

    private static CriterionRequest criterion(CriterionKey key, String weight, String threshold) {
        return new CriterionRequest(key, null, null, new BigDecimal(weight), null, null, null,
                threshold == null ? null : new BigDecimal(threshold));
    }

    /** A blank one-page PDF standing for the presentation file every demo candidature attaches. */
    private static Path presentationPdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.getDocumentInformation().setTitle("Dossier de présentation (données de démonstration)");
            document.save(out);
            Path file = Files.createTempFile("ami-demo-", ".pdf");
            file.toFile().deleteOnExit();
            return Files.write(file, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
