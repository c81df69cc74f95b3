package fr.amiengine.demo;

import static fr.amiengine.demo.DemoCampaigns.ASSISTANTS;
import static fr.amiengine.demo.DemoCampaigns.CAMPAIGN_2019;
import static fr.amiengine.demo.DemoCampaigns.CAMPAIGN_2024;
import static fr.amiengine.demo.DemoCampaigns.CAMPAIGN_2025;
import static fr.amiengine.demo.DemoCampaigns.DATA;
import static fr.amiengine.demo.DemoCampaigns.DOCUMENTS;
import static fr.amiengine.demo.DemoCampaigns.PILOTS;
import static fr.amiengine.demo.DemoCampaigns.SCIENTIFIC;
import static fr.amiengine.demo.DemoCampaigns.SOLUTIONS;
import static fr.amiengine.demo.DemoCampaigns.TECHNICAL;
import static fr.amiengine.demo.DemoCampaigns.TRANSCRIPTION;
import static fr.amiengine.demo.DemoCampaigns.campaign2019;
import static fr.amiengine.demo.DemoCampaigns.campaign2024;
import static fr.amiengine.demo.DemoCampaigns.campaign2025;
import static fr.amiengine.demo.DemoCampaigns.campaign2026;
import static fr.amiengine.demo.DemoCampaigns.form;
import static fr.amiengine.demo.DemoDataSeeder.Target.ADMISSIBLE;
import static fr.amiengine.demo.DemoDataSeeder.Target.CORRECTION;
import static fr.amiengine.demo.DemoDataSeeder.Target.DRAFT;
import static fr.amiengine.demo.DemoDataSeeder.Target.INADMISSIBLE;
import static fr.amiengine.demo.DemoDataSeeder.Target.INCOMPLETE;
import static fr.amiengine.demo.DemoDataSeeder.Target.SUBMITTED;
import static fr.amiengine.demo.DemoDataSeeder.Target.WITHDRAWN;

import fr.amiengine.admissibility.AdmissibilityOutcome;
import fr.amiengine.admissibility.AdmissibilityRequest;
import fr.amiengine.admissibility.AdmissibilityService;
import fr.amiengine.campaign.CampaignRepository;
import fr.amiengine.campaign.CampaignService;
import fr.amiengine.campaign.CriterionKey;
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
import fr.amiengine.submission.CandidatureRequest;
import fr.amiengine.submission.CandidatureService;
import fr.amiengine.workflow.ProcessDriver;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

    /** The committee of the 2019-shaped AMI: the realm's four evaluators, their administration and their family. */
    private record Member(RealmAccounts.Account account, String administration, String family) {

        Actor actor() {
            return new Actor(account.subject(), account.username(), Set.of(Roles.EVALUATOR), null);
        }

        EvaluatorRequests.Invitation invitation(List<String> families) {
            return new EvaluatorRequests.Invitation(account.email(), account.firstName(), account.lastName(), administration,
                    families, null);
        }
    }

    private static final List<Member> COMMITTEE_2019 = List.of(
            new Member(RealmAccounts.EVALUATOR_1, "Direction interministérielle du numérique (démo)", DOCUMENTS),
            new Member(RealmAccounts.EVALUATOR_2, "Ministère de l’intérieur (démo)", DATA),
            new Member(RealmAccounts.EVALUATOR_3, "Ministère de la santé (démo)", DOCUMENTS),
            new Member(RealmAccounts.EVALUATOR_4, "Ministère de l’économie (démo)", DATA));

    /**
     * Where the plan of the 2025 campaign takes each new file, through the same services as the API. INCOMPLETE is a
     * complete form without its PDF: it stays a draft, since a submission without the PDF is refused (issue #14).
     */
    enum Target {
        DRAFT, SUBMITTED, INCOMPLETE, ADMISSIBLE, INADMISSIBLE, CORRECTION, WITHDRAWN
    }

    private static final Actor SEEDER = new Actor("demo-seeder", "démonstration", Set.of(Roles.ADMIN), null);
    private static final Actor ADMIN = new Actor(RealmAccounts.ADMIN.subject(), RealmAccounts.ADMIN.username(),
            Set.of(Roles.ADMIN), null);

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
    ProcessDriver processes;

    @Inject
    ServerClock clock;

    @Inject
    DemoNeeds demoNeeds;

    /**
     * Seeds the demo's campaigns at the first start, then starts the job executor: the demo profile keeps it off
     * until then, so that the timers and steps this seeder runs ({@link ProcessDriver}) are never run at once by the
     * executor too, which made one of them fail on the campaign's row and log an error at every first start.
     */
    void seed(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        try {
            seedOnce();
        } finally {
            processes.startJobExecutor();
        }
    }

    private void seedOnce() {
        if (campaignRepository.findByCode(CAMPAIGN_2025).isPresent()) {
            LOG.info("Données de démonstration déjà présentes");
            return;
        }
        Instant now = clock.now().truncatedTo(ChronoUnit.MINUTES);
        Path pdf = DemoCampaigns.presentationPdf();
        List<Organisation> companies = companies();
        seed2025(now, companies, pdf);
        seed2019(now, pdf);
        seed2024(now, companies, pdf);
        jakarta.enterprise.inject.spi.CDI.current().select(DemoMeetings.class).get().seed(now);
        jakarta.enterprise.inject.spi.CDI.current().select(DemoWorkshops.class).get().seed(now);
        buyer();
        demoNeeds.seed();
        campaigns.create(SEEDER, campaign2026(now));
        LOG.info("Données de démonstration créées");
    }

    private void seed2025(Instant now, List<Organisation> companies, Path pdf) {
        campaigns.create(SEEDER, campaign2025(now));
        processes.openCampaign(CAMPAIGN_2025);
        // 36 files: the first two organisations are those of candidat1 and candidat2.
        List<Target> plan = List.of(
                DRAFT, SUBMITTED, ADMISSIBLE, SUBMITTED, ADMISSIBLE, CORRECTION, INADMISSIBLE, SUBMITTED,
                ADMISSIBLE, SUBMITTED, WITHDRAWN, ADMISSIBLE, INCOMPLETE, SUBMITTED, ADMISSIBLE, DRAFT,
                SUBMITTED, ADMISSIBLE, CORRECTION, SUBMITTED, INADMISSIBLE, ADMISSIBLE, DRAFT, SUBMITTED,
                ADMISSIBLE, SUBMITTED, WITHDRAWN, DRAFT, SUBMITTED, INADMISSIBLE, SUBMITTED, DRAFT,
                SUBMITTED, ADMISSIBLE, DRAFT, SUBMITTED);
        for (int i = 0; i < plan.size(); i++) {
            Organisation organisation = companies.get(i % companies.size());
            DemoData.Solution solution = DemoData.SOLUTIONS.get(i % DemoData.SOLUTIONS.size());
            String family = DemoData.FAMILIES_2025.get(i % DemoData.FAMILIES_2025.size()).code();
            Actor candidate = new Actor(subjectOf(organisation, i), "contact-" + organisation.siren, Set.of(Roles.CANDIDATE),
                    organisation.id);
            CandidatureRequest form = form(SOLUTIONS, family, solution.name() + (i >= 12 ? " " + (i / 12 + 1) : ""),
                    solution.summary(), i, null, organisation.legalName);
            advance(candidate, CAMPAIGN_2025, form, plan.get(i), pdf, now);
        }
    }

    private void seed2019(Instant now, Path pdf) {
        campaigns.create(SEEDER, campaign2019(now));
        processes.openCampaign(CAMPAIGN_2019);
        String[][] administrations = {
                {"Direction démo de la santé", TECHNICAL, "Analyser et prétraiter les signalements d’événements sanitaires"},
                {"Centre hospitalier démo", TECHNICAL, "Simplifier la recherche d’informations dans le dossier patient"},
                {"Direction démo des collectivités", TECHNICAL, "Optimiser le contrôle de légalité des actes"},
                {"Direction démo des douanes", TECHNICAL, "Détecter les fausses déclarations douanières"},
                {"Institut démo de la statistique", TECHNICAL, "Recommander l’établissement employeur lors du recensement"},
                {"Juridiction administrative démo", TECHNICAL, "Détecter les séries de contentieux appelant une décision commune"},
                {"Institut démo de géographie", SCIENTIFIC, "Positionner les points de référence terrestres par satellite"},
                {"Cour démo de cassation", SCIENTIFIC, "Identifier les divergences de jurisprudence"},
                {"Service démo d’hydrographie", SCIENTIFIC, "Améliorer la cartographie sous-marine du littoral"},
                {"Direction démo de la concurrence", SCIENTIFIC, "Détecter les clauses abusives dans les contrats"}};
        for (int i = 0; i < administrations.length; i++) {
            Organisation organisation = organisation(900 + i, administrations[i][0], OrganisationKind.ADMINISTRATION);
            Actor candidate = new Actor(subjectOf(organisation, i), "contact-" + organisation.siren, Set.of(Roles.CANDIDATE),
                    organisation.id);
            long amount = TECHNICAL.equals(administrations[i][1]) ? 250_000L + 25_000L * i : 100_000L + 10_000L * i;
            CandidatureRequest form = form(administrations[i][1], i % 2 == 0 ? DOCUMENTS : DATA,
                    "Projet " + (i + 1), administrations[i][2], i, amount, organisation.legalName);
            advance(candidate, CAMPAIGN_2019, form, i == 3 ? INADMISSIBLE : ADMISSIBLE, pdf, now);
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
        for (Member member : COMMITTEE_2019) {
            committee.invite(ADMIN, CAMPAIGN_2019, member.invitation(List.of(member.family())));
            List<EvaluatorRequests.Link> links = member.account() == RealmAccounts.EVALUATOR_3
                    ? List.of(new EvaluatorRequests.Link(health, ConflictKind.LINK, "Ancienne cheffe de projet dans cette direction (2021-2023)"))
                    : member.account() == RealmAccounts.EVALUATOR_4
                    ? List.of(new EvaluatorRequests.Link(competition, ConflictKind.OWN_ORGANISATION, null))
                    : List.of();
            committee.declare(member.actor(), CAMPAIGN_2019, new EvaluatorRequests.Declaration(links, true));
        }
    }

    /**
     * The 2024 committee and how severe each member is, in points added to what a file deserves on every criterion:
     * Élise Petit and Marc Leroy know document processing and read those files, Sophie Garnier and Karim Benali the
     * others. Marc Leroy is harsh (one point below), Sophie Garnier lenient (half a point above): the raw mean
     * penalises the document files and favours the others, and the normalised score corrects it (issue #15, point 6).
     * No gap on a criterion exceeds the campaign's 1.5 points, so no further evaluator is called.
     */
    private record Severity(Member member, List<String> families, double points) {
    }

    private static final List<Severity> COMMITTEE_2024 = List.of(
            new Severity(COMMITTEE_2019.get(0), List.of(DOCUMENTS), 0),
            new Severity(COMMITTEE_2019.get(1), List.of(DOCUMENTS), -1),
            new Severity(COMMITTEE_2019.get(2), List.of(ASSISTANTS, TRANSCRIPTION), 0.5),
            new Severity(COMMITTEE_2019.get(3), List.of(ASSISTANTS, TRANSCRIPTION), 0));

    /**
     * A 2024 edition whose evaluation is over, ready for the committee session: two tracks (one with a budget), a
     * family with a minimum of laureates, fourteen files from companies (the first two are candidat1's and
     * candidat2's organisations) scored by the four members, each file by the two experts of its family (the
     * assignment is exact: seven files each, all to experts), one of them under the compliance threshold whoever scores
     * it, and two more under it because of the harsh member (thresholds apply to raw means). The members'
     * severities differ ({@link #COMMITTEE_2024}), so that the normalised score moves a file in the ranking.
     * Its closing is brought forward (the closing timer is fired at once): it is the past edition of the demo.
     */
    private void seed2024(Instant now, List<Organisation> companies, Path pdf) {
        campaigns.create(SEEDER, campaign2024(now));
        processes.openCampaign(CAMPAIGN_2024);
        List<String> files = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            Organisation organisation = companies.get(i % companies.size());
            DemoData.Solution solution = DemoData.SOLUTIONS.get(i % DemoData.SOLUTIONS.size());
            boolean pilot = i >= 10;
            Actor candidate = new Actor(subjectOf(organisation, 100 + i), "contact-" + organisation.siren, Set.of(Roles.CANDIDATE),
                    organisation.id);
            CandidatureRequest form = form(pilot ? PILOTS : SOLUTIONS,
                    i % 4 == 3 ? TRANSCRIPTION : i % 2 == 0 ? DOCUMENTS : ASSISTANTS, solution.name() + " (2024)",
                    solution.summary(), i, pilot ? 300_000L - 50_000L * (i - 10) : null, organisation.legalName);
            String reference = candidatures.createDraft(candidate, CAMPAIGN_2024, form).reference();
            candidatures.attach(candidate, reference, "presentation-" + reference + ".pdf", pdf);
            candidatures.submit(candidate, reference);
            admissibility.decide(ADMIN, reference, new AdmissibilityRequest(AdmissibilityOutcome.ADMISSIBLE, null, null));
            files.add(reference);
        }
        processes.closeCampaign(CAMPAIGN_2024);
        evaluationStage.launch(ADMIN, CAMPAIGN_2024);
        processes.startEvaluation(CAMPAIGN_2024);
        for (Severity s : COMMITTEE_2024) {
            committee.invite(ADMIN, CAMPAIGN_2024, s.member().invitation(s.families()));
            committee.declare(s.member().actor(), CAMPAIGN_2024, new EvaluatorRequests.Declaration(List.of(), true));
        }
        assignments.propose(ADMIN, CAMPAIGN_2024);
        assignments.requestRelease(ADMIN, CAMPAIGN_2024, now.plus(Duration.ofDays(10)));
        processes.releaseAssignments(CAMPAIGN_2024);
        for (Severity s : COMMITTEE_2024) {
            Actor member = s.member().actor();
            for (MyAssignmentView assignment : scoring.assignmentsOf(member)) {
                if (assignment.campaignCode().equals(CAMPAIGN_2024)) {
                    scoring.saveDraft(member, assignment.id(), scores2024(files.indexOf(assignment.reference()), s.points()));
                    scoring.submit(member, assignment.id());
                }
            }
        }
    }

    /**
     * What a file deserves decreases by half a point from file to file (the last files of the first track deserve the
     * same: the tie rules decide), moved by the member's severity and kept within the scale; file 7 fails the
     * compliance threshold whoever scores it.
     */
    private static ScoringRequests.Scores scores2024(int file, double severity) {
        double base = Math.max(2.5, 5 - (file % 10) * 0.5);
        List<ScoringRequests.Score> scores = new ArrayList<>();
        for (CriterionKey key : CriterionKey.values()) {
            double score = key == CriterionKey.COMPLIANCE && file == 7 ? 1.5 : Math.min(5, Math.max(0, base + severity));
            scores.add(new ScoringRequests.Score(key.name(), BigDecimal.valueOf(score),
                    "Appréciation argumentée du critère (données de démonstration)."));
        }
        return new ScoringRequests.Scores(scores);
    }

    /** Takes a new file from draft to the state the plan asks, through the same services as the API. */
    private void advance(Actor candidate, String campaign, CandidatureRequest form, Target target, Path pdf, Instant now) {
        String reference = candidatures.createDraft(candidate, campaign, form).reference();
        if (target == DRAFT || target == INCOMPLETE) {
            return;
        }
        candidatures.attach(candidate, reference, "presentation-" + reference + ".pdf", pdf);
        candidatures.submit(candidate, reference);
        switch (target) {
            case ADMISSIBLE -> admissibility.decide(ADMIN, reference,
                    new AdmissibilityRequest(AdmissibilityOutcome.ADMISSIBLE, null, null));
            case INADMISSIBLE -> admissibility.decide(ADMIN, reference, new AdmissibilityRequest(
                    AdmissibilityOutcome.INADMISSIBLE, "La solution décrite ne repose pas sur de l’intelligence artificielle.", null));
            case CORRECTION -> admissibility.decide(ADMIN, reference, new AdmissibilityRequest(
                    AdmissibilityOutcome.CORRECTION_REQUESTED, "Précisez le lieu d’hébergement des données et joignez l’attestation.",
                    now.plus(Duration.ofDays(8))));
            case WITHDRAWN -> candidatures.withdraw(candidate, reference, "Solution retirée du marché");
            case DRAFT, SUBMITTED, INCOMPLETE -> {
                // they stay where the process put them
            }
        }
    }

    /**
     * {@code acheteur} buys for an administration: the account that gives deployment feedback on the panorama. Its
     * administration is verified by the demo's administrator, as one must be before it signs public feedback.
     */
    private void buyer() {
        QuarkusTransaction.requiringNew().run(() -> {
            Organisation administration = organisation(990, "Direction démo des achats de l’État", OrganisationKind.ADMINISTRATION);
            organisationService.link(new Actor(RealmAccounts.BUYER.subject(), RealmAccounts.BUYER.username(), Set.of(Roles.CANDIDATE), null),
                    RealmAccounts.BUYER.email(),
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
            linkCandidate(RealmAccounts.CANDIDAT1, created.get(0));
            linkCandidate(RealmAccounts.CANDIDAT2, created.get(1));
            return created;
        });
    }

    private void linkCandidate(RealmAccounts.Account account, Organisation organisation) {
        organisationService.link(new Actor(account.subject(), account.username(), Set.of(Roles.CANDIDATE), null), account.email(),
                organisation);
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
        return Sirens.withKey(String.valueOf(81_234_567 + seed * 7_919));
    }
}
