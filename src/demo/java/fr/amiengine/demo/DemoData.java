package fr.amiengine.demo;

import java.util.List;

/** Synthetic content for the demo campaigns: every name, SIREN and text here is invented. */
final class DemoData {

    private DemoData() {
    }

    record Family(String code, String label) {
    }

    record Solution(String name, String summary) {
    }

    static final List<Family> FAMILIES_2025 = List.of(
            new Family("ASSISTANTS", "Assistants conversationnels et agents"),
            new Family("DOCUMENTS", "Traitement automatique de documents"),
            new Family("RECHERCHE", "Recherche d’information et synthèse"),
            new Family("TRANSCRIPTION", "Transcription, traduction et accessibilité"),
            new Family("DONNEES", "Analyse de données et aide à la décision"),
            new Family("VISION", "Vision par ordinateur et imagerie"),
            new Family("FRAUDE", "Détection d’anomalies et de fraudes"),
            new Family("CODE", "Développement logiciel assisté"));

    static final List<String> COMPANIES = List.of(
            "Alpha IA", "Beta Data", "Corpus Lab", "Datalys", "Écrilog", "Fluxia", "Géonomie", "Hexacorp Analytics",
            "Inventa Systems", "Juris Machina", "Kalyptis", "Lumen Docs", "Mnémosyne IA", "Nérée Technologies",
            "Obsidienne Labs", "Parole Claire", "Quantalys", "Rédacteur Libre", "Sémaphore Data", "Tessellation",
            "Ubique Cloud", "Vigie Numérique", "Wattson IA", "Xylème Logiciels", "Yakari Santé", "Zénith Traduction",
            "Archipel Vision", "Boréal Code", "Cassiopée Conseil", "Dédale Recherche");

    static final List<Solution> SOLUTIONS = List.of(
            new Solution("Courrier+", "Tri et pré-rédaction des réponses aux courriers des usagers, avec relecture par l’agent."),
            new Solution("Synthèse Express", "Résumé des dossiers volumineux et extraction des pièces manquantes."),
            new Solution("Agent Accueil", "Assistant conversationnel pour l’accueil téléphonique et les questions fréquentes."),
            new Solution("Transcripto", "Transcription des réunions et des audiences, en français, hébergée en France."),
            new Solution("Docuvision", "Lecture automatique des formulaires papier numérisés et contrôle de cohérence."),
            new Solution("Vigie Fraude", "Détection des déclarations atypiques par apprentissage non supervisé."),
            new Solution("Cartosol", "Analyse d’images aériennes pour le suivi de l’artificialisation des sols."),
            new Solution("RechercheJuris", "Moteur de recherche sémantique sur la jurisprudence administrative."),
            new Solution("Traduc’Service", "Traduction des échanges avec les usagers allophones aux guichets."),
            new Solution("CodePair", "Assistant de développement pour les équipes numériques de l’État."),
            new Solution("Tableau Clair", "Aide à la décision à partir des données ouvertes de l’administration."),
            new Solution("Alerte Santé", "Pré-traitement des signalements d’événements sanitaires."));
}
