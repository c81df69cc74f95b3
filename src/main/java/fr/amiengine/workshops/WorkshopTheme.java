package fr.amiengine.workshops;

/** What a workshop is about: the two themes the 2025 AMI announced, and any other. */
public enum WorkshopTheme {
    PROCUREMENT("Achat public"),
    SOVEREIGNTY("Souveraineté numérique"),
    OTHER("Autre thème");

    public final String label;

    WorkshopTheme(String label) {
        this.label = label;
    }
}
