package fr.amiengine.demo;

import static fr.amiengine.demo.DemoCampaigns.ASSISTANTS;
import static fr.amiengine.demo.DemoCampaigns.DOCUMENTS;
import static fr.amiengine.demo.DemoCampaigns.TRANSCRIPTION;

import fr.amiengine.identity.Actor;
import fr.amiengine.identity.AdministrationType;
import fr.amiengine.identity.Organisation;
import fr.amiengine.identity.OrganisationKind;
import fr.amiengine.identity.OrganisationRepository;
import fr.amiengine.identity.OrganisationService;
import fr.amiengine.identity.Roles;
import fr.amiengine.needs.Need;
import fr.amiengine.needs.NeedHorizon;
import fr.amiengine.needs.NeedRepository;
import fr.amiengine.shared.ServerClock;
import fr.amiengine.submission.solution.AccessibilityLevel;
import fr.amiengine.submission.solution.DeploymentMode;
import fr.amiengine.submission.solution.HostingLocation;
import fr.amiengine.submission.solution.SecurityQualification;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The census of needs in the demo: three other administrations, verified, with a handful of open needs in the families
 * of AMI-IA-2024, so that the administrators' census and the public one are not empty (the Interior's four needs name
 * it publicly, past the small-cell threshold). {@code acheteur}'s administration has none: it declares its own live.
 * The needs are written as the service would, without its check that the family is published: AMI-IA-2024 is
 * published during the demo, after the seeding.
 */
@ApplicationScoped
public class DemoNeeds {

    private static final Actor ADMIN = new Actor(RealmAccounts.ADMIN.subject(), RealmAccounts.ADMIN.username(),
            Set.of(Roles.ADMIN), null);

    private static final Map<String, String> FAMILIES = Map.of(
            DOCUMENTS, "Traitement automatique de documents",
            ASSISTANTS, "Assistants conversationnels et agents",
            TRANSCRIPTION, "Transcription, traduction et accessibilité");

    private static final String INTERIOR = "Ministère de l’Intérieur";

    @Inject
    OrganisationRepository organisations;

    @Inject
    OrganisationService organisationService;

    @Inject
    NeedRepository needs;

    @Inject
    ServerClock clock;

    public void seed() {
        QuarkusTransaction.requiringNew().run(() -> {
            Organisation prefecture = administration(960, "Préfecture démo du Val-de-Loire");
            Organisation agency = administration(961, "Agence démo des titres sécurisés");
            Organisation metropolis = administration(962, "Métropole démo de Bellerive");
            need(prefecture, AdministrationType.DECENTRALISED_SERVICE, INTERIOR, DOCUMENTS, "Tri des demandes de titres de séjour",
                    "Instruire les demandes de titres de séjour",
                    "Les pièces justificatives sont vérifiées à la main par douze agents\u00a0; les délais dépassent trois mois.",
                    40, 90_000L, HostingLocation.FRANCE, EnumSet.of(SecurityQualification.SECNUMCLOUD), NeedHorizon.WITHIN_12_MONTHS,
                    80_000L, 200_000L, "ProConnect");
            need(prefecture, AdministrationType.DECENTRALISED_SERVICE, INTERIOR, ASSISTANTS, "Réponse aux questions des usagers",
                    "Accueillir et orienter les usagers de la préfecture",
                    "Le standard reçoit 400 appels par jour sur les mêmes questions de rendez-vous et de pièces à fournir.",
                    15, null, HostingLocation.EUROPEAN_UNION, EnumSet.noneOf(SecurityQualification.class), NeedHorizon.WITHIN_6_MONTHS,
                    20_000L, 35_000L, null);
            need(agency, AdministrationType.OPERATOR, INTERIOR, DOCUMENTS, "Contrôle des pièces d’identité numérisées",
                    "Délivrer les titres d’identité",
                    "Les photographies et justificatifs reçus en ligne sont contrôlés un à un avant la fabrication du titre.",
                    300, 2_500_000L, HostingLocation.FRANCE, EnumSet.of(SecurityQualification.SECNUMCLOUD, SecurityQualification.ISO_27001),
                    NeedHorizon.WITHIN_24_MONTHS, 500_000L, 1_500_000L, "ProConnect");
            need(agency, AdministrationType.OPERATOR, INTERIOR, TRANSCRIPTION, "Traduction des échanges au guichet",
                    "Accueillir les usagers non francophones",
                    "Les agents recourent à des interprètes par téléphone, rares le soir et le week-end.",
                    120, null, HostingLocation.FRANCE, EnumSet.noneOf(SecurityQualification.class), NeedHorizon.WITHIN_12_MONTHS,
                    null, 90_000L, null);
            need(metropolis, AdministrationType.LOCAL_AUTHORITY, "Ministère de l’Aménagement du territoire et de la Décentralisation",
                    TRANSCRIPTION, "Sous-titrage des conseils métropolitains",
                    "Rendre les séances publiques accessibles",
                    "Les séances sont diffusées en direct sans sous-titres\u00a0; la transcription arrive des semaines plus tard.",
                    10, 60L, HostingLocation.EUROPEAN_UNION, EnumSet.noneOf(SecurityQualification.class), NeedHorizon.WITHIN_6_MONTHS,
                    15_000L, 30_000L, null);
            need(metropolis, AdministrationType.LOCAL_AUTHORITY, "Ministère de l’Aménagement du territoire et de la Décentralisation",
                    ASSISTANTS, "Assistant pour les agents de l’urbanisme",
                    "Instruire les autorisations d’urbanisme",
                    "Les instructeurs cherchent les règles du plan local d’urbanisme dans des documents de plusieurs centaines de pages.",
                    60, 8_000L, null, EnumSet.noneOf(SecurityQualification.class), NeedHorizon.LATER, null, null, null);
        });
    }

    private Organisation administration(int seed, String name) {
        Organisation organisation = new Organisation();
        organisation.siren = DemoDataSeeder.siren(seed);
        organisation.legalName = name;
        organisation.kind = OrganisationKind.ADMINISTRATION;
        organisation.createdAt = clock.now();
        organisations.persist(organisation);
        organisationService.verify(ADMIN, organisation.id);
        return organisation;
    }

    private void need(Organisation administration, AdministrationType type, String ministry, String family, String title,
                      String mission, String context, Integer users, Long documents, HostingLocation hosting,
                      Set<SecurityQualification> security, NeedHorizon horizon, Long budgetMin, Long budgetMax,
                      String identityFederation) {
        Need need = new Need();
        need.reference = "BES-%04d".formatted(needs.nextReferenceNumber());
        need.organisation = administration;
        need.author = "demo-" + administration.siren;
        need.administrationType = type;
        need.ministry = ministry;
        need.title = title;
        need.mission = mission;
        need.context = context;
        need.familyCode = family;
        need.familyLabel = FAMILIES.get(family);
        need.usersCount = users;
        need.documentsPerYear = documents;
        need.hostingRequired = hosting;
        need.securityRequired = security.isEmpty() ? EnumSet.noneOf(SecurityQualification.class) : EnumSet.copyOf(security);
        need.accessibilityRequired = type == AdministrationType.LOCAL_AUTHORITY ? AccessibilityLevel.FULLY_COMPLIANT : null;
        need.deploymentModesAccepted = hosting == HostingLocation.FRANCE
                ? EnumSet.of(DeploymentMode.PRIVATE_CLOUD, DeploymentMode.ON_PREMISES) : EnumSet.noneOf(DeploymentMode.class);
        need.identityFederationRequired = identityFederation;
        need.horizon = horizon;
        need.budgetMinEuros = budgetMin;
        need.budgetMaxEuros = budgetMax;
        need.createdAt = clock.now();
        need.updatedAt = need.createdAt;
        needs.persist(need);
    }
}
