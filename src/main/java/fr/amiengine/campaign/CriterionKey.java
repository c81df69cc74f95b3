package fr.amiengine.campaign;

/** The four criteria of the AMI grid, with the wording of the 2025 call. */
public enum CriterionKey {
    IMPACT("Impact attendu sur les missions de service public"),
    MATURITY("Niveau de maturité fonctionnelle déclaré"),
    INTEGRABILITY("Capacité d’intégration aux systèmes d’information existants"),
    COMPLIANCE("Conformité déclarée aux exigences de sécurité, de protection des données et d’accessibilité");

    public final String defaultLabel;

    CriterionKey(String defaultLabel) {
        this.defaultLabel = defaultLabel;
    }
}
