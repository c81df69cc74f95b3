package fr.amiengine.publication;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An administrator's edit of a panorama entry: a field left out (null) is kept, an empty one is cleared. The note says
 * why, for the audit.
 */
public record EntryEdit(
        @Size(max = 200, message = "Le nom de la solution ne doit pas dépasser 200 caractères") String name,
        @Size(max = 4000, message = "La description ne doit pas dépasser 4 000 caractères") String summary,
        @Size(max = 100, message = "La version ne doit pas dépasser 100 caractères") String version,
        @Size(max = 500, message = "L’adresse du site ne doit pas dépasser 500 caractères")
        @Pattern(regexp = "^$|https?://[^\\s<>\"]+", message = "L’adresse du site doit commencer par https:// ou http://") String website,
        @Size(max = 4000, message = "Les références ne doivent pas dépasser 4 000 caractères") String publicReferences,
        @Size(max = 2000, message = "Les interfaces ne doivent pas dépasser 2 000 caractères") String apis,
        @Size(max = 2000, message = "Les standards ne doivent pas dépasser 2 000 caractères") String standards,
        @NotBlank(message = "Dites en une phrase pourquoi la fiche change (gardé dans l’historique des modifications)")
        @Size(max = 1000, message = "La raison ne doit pas dépasser 1 000 caractères") String note) {
}
