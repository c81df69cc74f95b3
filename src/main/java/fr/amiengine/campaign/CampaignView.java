package fr.amiengine.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A campaign as published: the grid with weights, scales and thresholds is public once it opens. */
public record CampaignView(
        String code,
        String title,
        String description,
        ContactView contact,
        String signatoryTitle,
        Instant openingAt,
        Instant closingAt,
        CampaignState state,
        int evaluatorsPerFile,
        BigDecimal disagreementSpread,
        DisagreementPolicy disagreementPolicy,
        int reminderDaysBefore,
        RankingBasis rankingBasis,
        Instant evaluationDueAt,
        boolean gridFrozen,
        List<CriterionView> criteria,
        List<TrackView> tracks,
        List<FamilyView> families,
        int retentionMonths) {

    /** Whom candidates write to; null for a campaign created before issue #14 without one. */
    public record ContactView(String service, String email) {
    }

    public record CriterionView(CriterionKey key, String label, String guidance, BigDecimal weight,
                                BigDecimal scaleMin, BigDecimal scaleMax, BigDecimal scaleStep, BigDecimal threshold) {
    }

    public record TrackView(String code, String label, int seats, Long budgetEuros) {
    }

    public record FamilyView(String code, String label, Integer minRetained, Integer maxRetained) {
    }

    /** The families as the choices of a form. */
    public List<fr.amiengine.web.Option> familyOptions() {
        return families.stream().map(f -> new fr.amiengine.web.Option(f.code(), f.label())).toList();
    }

    /** The French label of one of the campaign's families, from its code; {@code null} for none or an unknown code. */
    public String familyLabel(String code) {
        return families.stream().filter(f -> f.code().equals(code)).map(FamilyView::label).findFirst().orElse(null);
    }

    /** The French label of one of the campaign's tracks, from its code; {@code null} for none or an unknown code. */
    public String trackLabel(String code) {
        return tracks.stream().filter(t -> t.code().equals(code)).map(TrackView::label).findFirst().orElse(null);
    }

    /** The same number whether it was just written (25) or read back from a NUMERIC(7,2) column (25.00). */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static CampaignView of(Campaign c) {
        return new CampaignView(c.code, c.title, c.description,
                c.contactEmail == null ? null : new ContactView(c.contactService, c.contactEmail), c.signatoryTitle, c.openingAt, c.closingAt, c.state,
                c.evaluatorsPerFile, plain(c.disagreementSpread), c.disagreementPolicy, c.reminderDaysBefore,
                c.rankingBasis, c.evaluationDueAt, c.gridFrozenAt != null,
                c.criteria.stream().map(k -> new CriterionView(k.key, k.label, k.guidance, plain(k.weight),
                        plain(k.scaleMin), plain(k.scaleMax), plain(k.scaleStep), plain(k.threshold))).toList(),
                c.tracks.stream().map(t -> new TrackView(t.code, t.label, t.seats, t.budgetEuros)).toList(),
                c.families.stream().map(f -> new FamilyView(f.code, f.label, f.minRetained, f.maxRetained)).toList(),
                c.retentionMonths);
    }
}
