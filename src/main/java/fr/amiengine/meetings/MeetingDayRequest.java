package fr.amiengine.meetings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A meeting day to open: its campaign, date, place or visio link (at least one), and its slots, listed one by one
 * ({@code slots}) or generated from a start, an end and a length ({@code range}).
 */
public record MeetingDayRequest(
        @NotBlank(message = "Indiquez le code de la campagne") String campaignCode,
        @NotNull(message = "Indiquez la date de la journée") LocalDate date,
        @Size(max = 200, message = "Le titre ne doit pas dépasser 200 caractères") String title,
        @Size(max = 500, message = "Le lieu ne doit pas dépasser 500 caractères") String place,
        @Size(max = 500, message = "Le lien de visioconférence ne doit pas dépasser 500 caractères") String visioUrl,
        @Valid @Size(max = 100, message = "Une journée compte au plus 100 créneaux") List<@NotNull(message = "Créneau vide") Slot> slots,
        @Valid Range range) {

    /** One slot: its start (Europe/Paris) and length. */
    public record Slot(@NotNull(message = "Indiquez l’heure de début du créneau") LocalTime start,
                       @Min(value = 5, message = "Un créneau dure au moins 5 minutes")
                       @Max(value = 480, message = "Un créneau dure au plus 8 heures") int minutes) {
    }

    /** Slots of {@code minutes} one after the other from {@code from} until {@code to} (Europe/Paris). */
    public record Range(@NotNull(message = "Indiquez l’heure du premier créneau") LocalTime from,
                        @NotNull(message = "Indiquez l’heure de fin du dernier créneau") LocalTime to,
                        @Min(value = 5, message = "Un créneau dure au moins 5 minutes")
                        @Max(value = 480, message = "Un créneau dure au plus 8 heures") int minutes) {
    }
}
