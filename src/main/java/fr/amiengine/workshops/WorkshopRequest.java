package fr.amiengine.workshops;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/** A workshop session to schedule: its title and theme, its day and hour (Europe/Paris), its length, where, and how many. */
public record WorkshopRequest(
        @NotBlank(message = "Indiquez le titre de l’atelier")
        @Size(max = 200, message = "Le titre ne doit pas dépasser 200 caractères") String title,
        @NotNull(message = "Choisissez le thème de l’atelier") WorkshopTheme theme,
        @Size(max = 2000, message = "La présentation ne doit pas dépasser 2 000 caractères") String description,
        @NotNull(message = "Indiquez la date de l’atelier") LocalDate date,
        @NotNull(message = "Indiquez l’heure de début") LocalTime start,
        @NotNull(message = "Indiquez la durée en minutes")
        @Min(value = 15, message = "Un atelier dure au moins 15 minutes")
        @Max(value = 480, message = "Un atelier dure au plus 8 heures") Integer minutes,
        @Size(max = 500, message = "Le lieu ne doit pas dépasser 500 caractères") String place,
        @Size(max = 500, message = "Le lien de visioconférence ne doit pas dépasser 500 caractères") String visioUrl,
        @NotNull(message = "Indiquez le nombre de places")
        @Min(value = 1, message = "Un atelier compte au moins une place")
        @Max(value = 1000, message = "Un atelier compte au plus 1 000 places") Integer capacity) {
}
