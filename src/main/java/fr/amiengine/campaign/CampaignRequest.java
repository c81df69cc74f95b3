package fr.amiengine.campaign;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A campaign as an administrator writes it. When {@code criteria} is omitted the default grid is used:
 * the four criteria weighted equally, scored 0 to 5 by half points, without thresholds. When {@code retentionMonths}
 * is omitted, the personal data are kept {@link Campaign#DEFAULT_RETENTION_MONTHS} months after the first publication.
 */
public record CampaignRequest(
        @NotBlank(message = "Le code de la campagne est obligatoire")
        @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{2,39}",
                message = "Le code ne contient que des majuscules, des chiffres et des tirets (3 à 40 caractères)")
        String code,
        @NotBlank(message = "Le titre est obligatoire") @Size(max = 200, message = "Le titre ne doit pas dépasser 200 caractères")
        String title,
        @Size(max = 5000, message = "La description ne doit pas dépasser 5 000 caractères") String description,
        @Valid ContactRequest contact,
        @Size(max = 200, message = "La qualité du signataire ne doit pas dépasser 200 caractères") String signatoryTitle,
        @NotNull(message = "La date d’ouverture est obligatoire") Instant openingAt,
        @NotNull(message = "La date de clôture est obligatoire") Instant closingAt,
        @Min(value = 1, message = "Il faut au moins un évaluateur par dossier")
        @Max(value = 10, message = "Pas plus de 10 évaluateurs par dossier") Integer evaluatorsPerFile,
        @Valid List<@NotNull(message = "Critère vide") CriterionRequest> criteria,
        @DecimalMin(value = "0.05", message = "L’écart toléré entre évaluateurs est d’au moins 5\u00a0% du barème")
        @DecimalMax(value = "1", message = "L’écart toléré entre évaluateurs ne peut dépasser 100\u00a0% du barème")
        @Digits(integer = 1, fraction = 2, message = "L’écart toléré s’exprime avec deux décimales au plus")
        BigDecimal disagreementSpread,
        DisagreementPolicy disagreementPolicy,
        @Min(value = 0, message = "Le rappel ne peut pas être négatif")
        @Max(value = 30, message = "Le rappel est envoyé au plus 30 jours avant l’échéance") Integer reminderDaysBefore,
        RankingBasis rankingBasis,
        @NotEmpty(message = "Il faut au moins un volet") @Valid List<@NotNull(message = "Volet vide") TrackRequest> tracks,
        @NotEmpty(message = "Il faut au moins une famille fonctionnelle")
        @Valid List<@NotNull(message = "Famille vide") FamilyRequest> families,
        @Min(value = Campaign.MIN_RETENTION_MONTHS, message = "Les données personnelles sont conservées au moins 6 mois après la publication")
        @Max(value = Campaign.MAX_RETENTION_MONTHS, message = "Les données personnelles sont conservées au plus 120 mois (10 ans) après la publication")
        Integer retentionMonths) {

    /** A campaign with the default retention period ({@link Campaign#DEFAULT_RETENTION_MONTHS} months). */
    public CampaignRequest(String code, String title, String description, ContactRequest contact, String signatoryTitle,
                           Instant openingAt, Instant closingAt, Integer evaluatorsPerFile, List<CriterionRequest> criteria,
                           BigDecimal disagreementSpread, DisagreementPolicy disagreementPolicy, Integer reminderDaysBefore,
                           RankingBasis rankingBasis, List<TrackRequest> tracks, List<FamilyRequest> families) {
        this(code, title, description, contact, signatoryTitle, openingAt, closingAt, evaluatorsPerFile, criteria, disagreementSpread,
                disagreementPolicy, reminderDaysBefore, rankingBasis, tracks, families, null);
    }

    /**
     * Whom candidates write to: the service of the administration running the call and its address. Optional in the
     * API (the platform's contact, {@code ami.contact.*}, stands in), required in the administrators' form.
     */
    public record ContactRequest(
            @NotBlank(message = "Le nom du service à contacter est obligatoire")
            @Size(max = 200, message = "Le nom du service ne doit pas dépasser 200 caractères") String service,
            @NotBlank(message = "L’adresse électronique du service est obligatoire")
            @Email(message = "L’adresse électronique du service n’est pas valide")
            @Size(max = 254, message = "L’adresse électronique ne doit pas dépasser 254 caractères") String email) {
    }

    public record CriterionRequest(
            @NotNull(message = "Le critère est obligatoire\u00a0: impact, maturité, intégration ou conformité")
            CriterionKey key,
            @Size(max = 250, message = "Le libellé ne doit pas dépasser 250 caractères") String label,
            @Size(max = 2000, message = "Le guide de notation ne doit pas dépasser 2 000 caractères") String guidance,
            @NotNull(message = "La pondération est obligatoire")
            @DecimalMin(value = "0", inclusive = false, message = "La pondération doit être strictement positive")
            @Digits(integer = 5, fraction = 2, message = DIGITS) BigDecimal weight,
            @Digits(integer = 5, fraction = 2, message = DIGITS) BigDecimal scaleMin,
            @Digits(integer = 5, fraction = 2, message = DIGITS) BigDecimal scaleMax,
            @Digits(integer = 5, fraction = 2, message = DIGITS) BigDecimal scaleStep,
            @Digits(integer = 5, fraction = 2, message = DIGITS) BigDecimal threshold) {

        static final String DIGITS = "Au plus 5 chiffres avant la virgule et 2 après";
    }

    public record TrackRequest(
            @NotBlank(message = "Le code du volet est obligatoire")
            @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{0,39}", message = "Le code du volet ne contient que des majuscules, des chiffres, _ et -")
            String code,
            @NotBlank(message = "Le libellé du volet est obligatoire") @Size(max = 200) String label,
            @NotNull(message = "Le nombre de places du volet est obligatoire")
            @Min(value = 1, message = "Un volet offre au moins une place") Integer seats,
            @PositiveOrZero(message = "Le budget ne peut pas être négatif") Long budgetEuros) {
    }

    public record FamilyRequest(
            @NotBlank(message = "Le code de la famille est obligatoire")
            @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{0,39}", message = "Le code de la famille ne contient que des majuscules, des chiffres, _ et -")
            String code,
            @NotBlank(message = "Le libellé de la famille est obligatoire") @Size(max = 200) String label,
            @PositiveOrZero(message = "Le minimum de lauréats d’une famille ne peut pas être négatif") Integer minRetained,
            @PositiveOrZero(message = "Le maximum de lauréats d’une famille ne peut pas être négatif") Integer maxRetained) {

        /** A family without bounds on its laureates. */
        public FamilyRequest(String code, String label) {
            this(code, label, null, null);
        }
    }
}
