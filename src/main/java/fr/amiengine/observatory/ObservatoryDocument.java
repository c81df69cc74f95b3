package fr.amiengine.observatory;

import java.time.LocalDate;
import java.util.List;

/**
 * The observatory of deployments, exactly as the open data serves it in JSON (schema
 * {@value #SCHEMA}): for each published campaign, per functional family and per retained solution, the deployments
 * that administrations declared and the moderator approved. Only approved feedback counts and is shown; the account
 * that wrote a feedback never appears, only its administration.
 *
 * @param generatedOn the day the figures were computed (months since deployment are counted up to it)
 */
public record ObservatoryDocument(String schema, LocalDate generatedOn, List<CampaignFigures> campaigns) {

    public static final String SCHEMA = "/schemas/observatory.schema.json";

    /** A code and its French label. */
    public record Ref(String code, String label) {
    }

    /** How many deployments have this code (a type of administration, an outcome). */
    public record Count(String code, String label, int count) {
    }

    /** Months between each deployment and {@code generatedOn}: the smallest, the median, the largest; null without any. */
    public record Months(Integer min, Integer median, Integer max) {
    }

    /** Deployments that started in one calendar quarter ({@code quarter} 1 to 4 of {@code year}), e.g. {@code 2026-T1}. */
    public record Quarter(String code, int year, int quarter, int deployments) {
    }

    /** One approved feedback: the administration that signed it, never its author's account. */
    public record Feedback(String organisation, Ref administrationType, LocalDate deployedOn, int monthsSinceDeployment,
                           Ref outcome, String context, String comment) {
    }

    public record SolutionFigures(String reference, String name, String organisation, Ref family, int deployments,
                                  List<Count> byAdministrationType, List<Count> byOutcome, Months monthsSinceDeployment,
                                  List<Quarter> quarters, List<Feedback> feedbacks) {
    }

    public record FamilyFigures(String code, String label, int deployments, List<SolutionFigures> solutions) {
    }

    public record CampaignFigures(String code, String title, int deployments, List<FamilyFigures> families) {
    }
}
