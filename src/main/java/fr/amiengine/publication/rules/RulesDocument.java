package fr.amiengine.publication.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The rules of a campaign's selection as the public reads them (CRPA L312-1-3), exactly as the JSON document serves
 * them (schema {@code /schemas/rules.schema.json}, described in {@code docs/open-data.md}): the grid, how the scores
 * are aggregated and which one ranks, the tie rules, the selection's constraints and method, the evaluation's
 * organisation and, once the decisions are final, the committee. Frozen when the call opens (version 1); version 2,
 * written when the decisions become final, is version 1 word for word plus {@code committee}.
 */
public record RulesDocument(String schema, int version, Instant publishedAt, String legalBasis, Campaign campaign,
                            Grid grid, Evaluation evaluation, Aggregation aggregation, RankingRules ranking,
                            Selection selection, Committee committee) {

    public static final String SCHEMA = "/schemas/rules.schema.json";

    /** A code and its French label. */
    public record Ref(String code, String label) {
    }

    public record Contact(String service, String email) {
    }

    public record Campaign(String code, String title, Instant openingAt, Instant closingAt, Contact contact, String page) {
    }

    /** One criterion: its weight as set and as a share of all weights, its scale and optional threshold. */
    public record Criterion(String key, String label, String guidance, BigDecimal weight, BigDecimal weightPercent,
                            Scale scale, BigDecimal threshold) {
    }

    public record Scale(BigDecimal min, BigDecimal max, BigDecimal step) {
    }

    public record Grid(List<Criterion> criteria, String scoring, String thresholds) {
    }

    /** How many evaluators read each file and what happens when they disagree. */
    public record Evaluation(int evaluatorsPerFile, String assignment, String blindness, Disagreement disagreement) {
    }

    /** {@code spread}: the largest accepted gap on a criterion, as a share of its scale (0.30 = 30 %). */
    public record Disagreement(BigDecimal spread, Ref policy, String rule) {
    }

    /** A figure of the aggregation: its formula and the same in words. */
    public record Formula(String formula, String description) {
    }

    public record Normalisation(String formula, String description, int damping) {
    }

    public record Aggregation(Formula evaluatorTotal, Formula rawScore, Normalisation normalisedScore, Ref rankingBasis,
                              String rankingBasisRule) {
    }

    public record RankingRules(String scope, String eligibility, List<String> tieRules, String tieRulesText) {
    }

    public record Track(String code, String label, int seats, Long budgetEuros) {
    }

    public record Family(String code, String label, Integer minRetained, Integer maxRetained) {
    }

    public record Selection(List<Track> tracks, List<Family> families, String method, String objective, String decisions) {
    }

    public record Member(String name, String administration) {
    }

    /** The committee, added once the decisions are final: its members, and who approved the decisions. */
    public record Committee(Instant decidedAt, List<Member> members, String approvedBy) {
    }

    /** The same rules with the committee added (version 2). */
    public RulesDocument withCommittee(Instant at, Committee added) {
        return new RulesDocument(schema, 2, at, legalBasis, campaign, grid, evaluation, aggregation, ranking, selection, added);
    }
}
