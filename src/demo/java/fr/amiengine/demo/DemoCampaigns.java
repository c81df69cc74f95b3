package fr.amiengine.demo;

import fr.amiengine.campaign.CampaignRequest.CriterionRequest;
import fr.amiengine.campaign.CampaignRequest.FamilyRequest;
import fr.amiengine.campaign.CampaignRequest.TrackRequest;
import fr.amiengine.campaign.CampaignRequest;
import fr.amiengine.campaign.CriterionKey;
import fr.amiengine.campaign.DisagreementPolicy;
import fr.amiengine.submission.CandidatureRequest.Compliance;
import fr.amiengine.submission.CandidatureRequest.Contact;
import fr.amiengine.submission.CandidatureRequest.Integration;
import fr.amiengine.submission.CandidatureRequest;
import fr.amiengine.submission.solution.AccessibilityLevel;
import fr.amiengine.submission.solution.DeploymentMode;
import fr.amiengine.submission.solution.HostingLocation;
import fr.amiengine.submission.solution.MaturityLevel;
import fr.amiengine.submission.solution.SecurityQualification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** The demo's four campaigns as the administrator would configure them, and the forms of their files. */
final class DemoCampaigns {

    static final String CAMPAIGN_2025 = "AMI-IA-2025";
    static final String CAMPAIGN_2019 = "AMI-IA2-DEMO";
    static final String CAMPAIGN_2026 = "AMI-IA-2026";
    static final String CAMPAIGN_2024 = "AMI-IA-2024";

    /** Tracks. */
    static final String SOLUTIONS = "SOLUTIONS";
    static final String PILOTS = "PILOTES";
    static final String TECHNICAL = "TECHNIQUE";
    static final String SCIENTIFIC = "SCIENTIFIQUE";

    /** Functional families (those of 2025 are in {@link DemoData#FAMILIES_2025}). */
    static final String DOCUMENTS = "DOCUMENTS";
    static final String DATA = "DONNEES";
    static final String ASSISTANTS = "ASSISTANTS";
    static final String TRANSCRIPTION = "TRANSCRIPTION";

    private DemoCampaigns() {
    }

    static CandidatureRequest form(String track, String family, String name, String summary, int i, Long amount,
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
                i % 2 == 0 ? "Déployée dans deux collectivités et un opérateur de l’État (2024)." : null,
                amount,
                new Contact("Contact " + organisation, "contact" + i + "@demo.example", "+33 1 00 00 00 " + String.format("%02d", i),
                        i % 3 != 2));
    }

    /** The demo's campaigns are all run by the same (fictitious) service of the State. */
    static final CampaignRequest.ContactRequest CONTACT = new CampaignRequest.ContactRequest(
            "Direction interministérielle du numérique — équipe AMI IA (démonstration)", "ami-ia@dinum.demo.example");

    /** The title of whoever approves the decisions, written in the letters after their name. */
    static final String SIGNATORY = "Responsable du programme IA, Direction interministérielle du numérique (démonstration)";

    static CampaignRequest campaign2025(Instant now) {
        return new CampaignRequest(CAMPAIGN_2025, "Solutions d’intelligence artificielle pour le public",
                "Recenser les solutions d’IA disponibles et mobilisables par les administrations pour leurs missions de "
                        + "service public, et publier un panorama par famille fonctionnelle à l’intention des acheteurs publics.",
                CONTACT, SIGNATORY,
                now.minus(Duration.ofDays(14)), now.plus(Duration.ofDays(21)), 2,
                List.of(criterion(CriterionKey.IMPACT, "35", "2"), criterion(CriterionKey.MATURITY, "25", null),
                        criterion(CriterionKey.INTEGRABILITY, "20", null), criterion(CriterionKey.COMPLIANCE, "20", "2.5")),
                new BigDecimal("0.30"), DisagreementPolicy.ADDITIONAL_EVALUATOR, 2, null,
                List.of(new TrackRequest(SOLUTIONS, "Solutions d’IA pour le public", 100, null)),
                DemoData.FAMILIES_2025.stream().map(f -> new FamilyRequest(f.code(), f.label())).toList());
    }

    static CampaignRequest campaign2019(Instant now) {
        return new CampaignRequest(CAMPAIGN_2019, "Intelligence artificielle dans les administrations (2e vague, démonstration)",
                "Expérimenter l’IA dans les services publics\u00a0: accompagnement technique et métier, ou scientifique.",
                CONTACT, SIGNATORY,
                now.minus(Duration.ofDays(30)), now.plus(Duration.ofMinutes(3)), 2, null, null, null, null, null,
                List.of(new TrackRequest(TECHNICAL, "Accompagnement technique et métier", 11, 3_500_000L),
                        new TrackRequest(SCIENTIFIC, "Accompagnement scientifique", 4, 500_000L)),
                List.of(new FamilyRequest(DOCUMENTS, "Traitement de documents et de textes"),
                        new FamilyRequest(DATA, "Analyse de données et détection")));
    }

    static CampaignRequest campaign2024(Instant now) {
        return new CampaignRequest(CAMPAIGN_2024, "Solutions d’IA pour le public — édition 2024 (évaluée, démonstration)",
                "Édition passée\u00a0: les dossiers sont évalués, le comité de sélection peut délibérer. Le volet «\u00a0Pilotes\u00a0» "
                        + "finance des expérimentations dans la limite de son budget.",
                CONTACT, SIGNATORY,
                now.minus(Duration.ofDays(60)), now.plus(Duration.ofDays(1)), 2,
                List.of(criterion(CriterionKey.IMPACT, "35", "2"), criterion(CriterionKey.MATURITY, "25", null),
                        criterion(CriterionKey.INTEGRABILITY, "20", null), criterion(CriterionKey.COMPLIANCE, "20", "2.5")),
                new BigDecimal("0.30"), DisagreementPolicy.ADDITIONAL_EVALUATOR, 2, null,
                List.of(new TrackRequest(SOLUTIONS, "Solutions référencées", 6, null),
                        new TrackRequest(PILOTS, "Expérimentations financées", 2, 400_000L)),
                List.of(new FamilyRequest(DOCUMENTS, "Traitement automatique de documents"),
                        new FamilyRequest(ASSISTANTS, "Assistants conversationnels et agents"),
                        new FamilyRequest(TRANSCRIPTION, "Transcription, traduction et accessibilité", 1, null)));
    }

    static CampaignRequest campaign2026(Instant now) {
        return new CampaignRequest(CAMPAIGN_2026, "Solutions d’IA pour le public — édition 2026 (brouillon)",
                "Brouillon de la prochaine édition\u00a0: grille, volets et familles modifiables jusqu’à l’ouverture.",
                CONTACT, SIGNATORY,
                now.plus(Duration.ofDays(60)), now.plus(Duration.ofDays(120)), 2, null, null, null, null, null,
                List.of(new TrackRequest(SOLUTIONS, "Solutions d’IA pour le public", 120, null)),
                DemoData.FAMILIES_2025.stream().map(f -> new FamilyRequest(f.code(), f.label())).toList());
    }

    private static CriterionRequest criterion(CriterionKey key, String weight, String threshold) {
        return new CriterionRequest(key, null, null, new BigDecimal(weight), null, null, null,
                threshold == null ? null : new BigDecimal(threshold));
    }

    /** A blank one-page PDF standing for the presentation file every demo candidature attaches. */
    static Path presentationPdf() {
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
