package fr.amiengine.documents;

import fr.amiengine.documents.DecisionLetterData.CriterionLine;
import fr.amiengine.documents.MinutesData.DecisionLine;
import fr.amiengine.documents.MinutesData.GridLine;
import fr.amiengine.documents.MinutesData.RankingLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Realistic French data for the documents: accents, narrow no-break spaces (U+202F) in amounts, no-break spaces
 * (U+00A0) before colons, long texts that wrap. Public so that the benchmark can reuse them.
 */
public final class Samples {

    /** U+202F, the thousands separator of French numbers. */
    public static final String NNBSP = "\u202f";
    public static final String AMOUNT = "3" + NNBSP + "500" + NNBSP + "000" + NNBSP + "€";

    public static final String MOTIVATION = "Le comité relève la maturité technique de la solution, déjà déployée "
            + "dans deux administrations déconcentrées, et la qualité de son plan de réutilisation des données "
            + "publiques. Le budget prévisionnel de " + AMOUNT + " est cohérent avec le calendrier proposé, mais la "
            + "part d’autofinancement (12" + NNBSP + "%) reste en deçà de l’attendu\u00a0; le comité invite l’organisation "
            + "à préciser les modalités de maintenance au-delà de la période de financement. L’évaluation de "
            + "l’impact environnemental, fondée sur une méthode reconnue, a été particulièrement appréciée par "
            + "les évaluateurs, qui soulignent également l’attention portée à l’accessibilité numérique (RGAA 4.1) "
            + "et à la protection des données personnelles.";

    public static final String APPEAL = "La présente décision peut faire l’objet d’un recours gracieux auprès du "
            + "président du comité de sélection dans un délai de deux mois à compter de sa notification. Elle peut "
            + "également être contestée devant le tribunal administratif de Paris dans le même délai de deux mois, "
            + "y compris par l’application «\u00a0Télérecours citoyens\u00a0» accessible sur le site www.telerecours.fr. Le "
            + "recours gracieux interrompt le délai du recours contentieux, qui court à nouveau à compter de la "
            + "réponse de l’administration.";

    public static final String RULES_ADDRESS = "https://ami.numerique.gouv.fr/campagnes/AMI-IA2-2026/regles";
    public static final String EVALUATION_ADDRESS = "https://ami.numerique.gouv.fr/candidatures/AMI-IA2-2026-0042/evaluation";

    public static final String ALGORITHM_NOTICE = "Cette décision a été prise sur le fondement d’un traitement algorithmique "
            + "(article L311-3-1 du code des relations entre le public et l’administration). Ses règles sont publiées à "
            + "l’adresse " + RULES_ADDRESS + ". Vous avez le droit d’obtenir la communication de ces règles et de la "
            + "manière dont elles ont été appliquées à votre dossier, à l’adresse " + EVALUATION_ADDRESS
            + "\u00a0; vous pouvez aussi les demander à la Direction interministérielle du numérique — équipe AMI IA "
            + "(ami-ia@numerique.gouv.fr).";

    private static final String[] SOLUTIONS = {"Albert", "Léa, assistante de réponse aux démarches",
            "Tri automatique du courrier entrant", "DataPass+", "Synthèse des avis de la consultation publique",
            "Détection des fraudes aux aides à la rénovation énergétique", "Résumé d’audiences",
            "Vérif'Éligibilité"};

    private Samples() {
    }

    public static ReceiptData receipt() {
        return new ReceiptData("AMI-IA2-2026", "Intelligence artificielle au service des usagers — 2e édition",
                "AMI-IA2-2026-0042", "Coopérative Équinoxe Numérique", "552" + NNBSP + "100" + NNBSP + "554",
                "Léa, assistante de réponse aux démarches", "Volet 2 — Services aux usagers",
                "Traitement automatique des langues", "12 mars 2026 à 14" + NNBSP + "h" + NNBSP + "05",
                List.of("dossier-de-candidature.pdf", "budget-previsionnel-detaille.pdf",
                        "lettre-d-engagement-du-representant-legal.pdf", "annexe-technique-architecture.pdf"),
                "Direction interministérielle du numérique — équipe AMI IA", "ami-ia@numerique.gouv.fr",
                "https://ami.numerique.gouv.fr/candidatures/AMI-IA2-2026-0042");
    }

    public static DecisionLetterData decisionLetter(String outcome, String outcomeLabel, String rank) {
        List<CriterionLine> criteria = List.of(
                new CriterionLine("Pertinence au regard des besoins des usagers", "30" + NNBSP + "%", "0 à 20", "10",
                        "16,5", "atteint"),
                new CriterionLine("Maturité et qualité technique de la solution", "25" + NNBSP + "%", "0 à 20", "10",
                        "14,0", "atteint"),
                new CriterionLine("Soutenabilité économique et budget (" + AMOUNT + " demandés)", "20" + NNBSP + "%",
                        "0 à 20", "—", "11,5", "—"),
                new CriterionLine("Impact environnemental", "15" + NNBSP + "%", "0 à 20", "8", "15,0", "atteint"),
                new CriterionLine("Équipe et gouvernance du projet", "10" + NNBSP + "%", "0 à 20", "—", "13,0", "—"));
        return new DecisionLetterData("AMI-IA2-2026", "Intelligence artificielle au service des usagers — 2e édition",
                "AMI-IA2-2026-0042", "Coopérative Équinoxe Numérique", "Madame Amélie Besançon, directrice générale",
                "Léa, assistante de réponse aux démarches", "Volet 2 — Services aux usagers", outcome, outcomeLabel,
                MOTIVATION, criteria, "14,43 sur 20", "71,8 sur 100", rank,
                "Le rang est établi au sein du volet d’après la note normalisée, qui corrige les écarts de sévérité "
                        + "entre évaluateurs\u00a0; les dossiers à égalité sont départagés selon les règles du procès-verbal.",
                "2 juin 2026", "Élise Petit", "Présidente du comité de sélection, directrice du programme IA",
                ALGORITHM_NOTICE, APPEAL);
    }

    public static DecisionLetterData retainedLetter() {
        return decisionLetter("RETAINED", "Retenue", "7e sur 42 dossiers du volet");
    }

    /** Minutes with {@code rows} ranked files spread over three tracks, and as many decisions. */
    public static MinutesData minutes(int rows) {
        String[] tracks = {"Volet 1 — Agents publics", "Volet 2 — Services aux usagers", "Volet 3 — Données"};
        String[] organisations = {"Coopérative Équinoxe Numérique", "Société Lumière & Fils", "Région Île-de-France",
                "Université Grenoble Alpes", "Commune de Saint-Étienne-de-Tinée", "Association Pôle Émergences"};
        List<RankingLine> ranking = new ArrayList<>();
        List<DecisionLine> decisions = new ArrayList<>();
        for (int t = 0; t < tracks.length; t++) {
            int inTrack = rows / tracks.length + (t < rows % tracks.length ? 1 : 0);
            for (int r = 1; r <= inTrack; r++) {
                String reference = "AMI-IA2-2026-" + String.format("%04d", ranking.size() + 1);
                String organisation = organisations[(r + t) % organisations.length];
                boolean eligible = r % 17 != 0;
                boolean proposed = eligible && r <= 12;
                String decision = proposed ? "Retenue" : eligible && r <= 16 ? "Liste d’attente" : "Non retenue";
                ranking.add(new RankingLine(tracks[t], eligible ? r + (r == 1 ? "er" : "e") : "—", reference,
                        organisation, SOLUTIONS[(r * 7 + t) % SOLUTIONS.length],
                        eligible ? String.format("%d,%d", 90 - r / 2, r % 10) : "—",
                        eligible ? "oui" : "non (seuil)", proposed ? "oui" : "non", decision));
                decisions.add(new DecisionLine(reference, organisation, decision, proposed
                        ? "Dossier classé en rang utile dans son volet\u00a0; budget de " + AMOUNT + " jugé cohérent."
                        : "Le dossier n’atteint pas un rang utile au regard de l’enveloppe du volet."));
            }
        }
        return new MinutesData("AMI-IA2-2026", "Intelligence artificielle au service des usagers — 2e édition",
                "2 juin 2026, de 9" + NNBSP + "h" + NNBSP + "30 à 12" + NNBSP + "h" + NNBSP + "15",
                List.of("Élise Petit — Direction interministérielle du numérique",
                        "Karim Benali — Direction générale des entreprises",
                        "Sophie Lefèvre — Agence nationale de la cohésion des territoires",
                        "Jean-Noël Dubœuf — Conseil régional d’Auvergne-Rhône-Alpes"),
                List.of(new GridLine("Pertinence au regard des besoins des usagers", "30" + NNBSP + "%", "0 à 20", "10"),
                        new GridLine("Maturité et qualité technique de la solution", "25" + NNBSP + "%", "0 à 20", "10"),
                        new GridLine("Soutenabilité économique et budget", "20" + NNBSP + "%", "0 à 20", "—"),
                        new GridLine("Impact environnemental", "15" + NNBSP + "%", "0 à 20", "8"),
                        new GridLine("Équipe et gouvernance du projet", "10" + NNBSP + "%", "0 à 20", "—")),
                ranking, decisions,
                "Karim Benali, rapporteur", "Élise Petit, présidente", "2 juin 2026 à 12" + NNBSP + "h" + NNBSP + "40",
                "À note normalisée égale, le dossier dont la note au critère «\u00a0Pertinence\u00a0» est la plus élevée est "
                        + "classé devant\u00a0; à égalité persistante, le dossier déposé le premier (heure du serveur) "
                        + "est classé devant.");
    }
}
