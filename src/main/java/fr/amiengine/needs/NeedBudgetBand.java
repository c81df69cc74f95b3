package fr.amiengine.needs;

/**
 * The budget bands of the public census, by the top of the range a need declares (its maximum, else its minimum):
 * the thresholds of French public procurement (40 000 € without advertising, 221 000 € the European threshold of
 * local authorities' supplies), so that a company reads which procedure a need is likely to follow.
 */
public enum NeedBudgetBand {
    UNSPECIFIED("Budget non précisé", -1),
    UNDER_40K("Moins de 40 000 €", 40_000),
    FROM_40K_TO_221K("De 40 000 € à 221 000 €", 221_000),
    FROM_221K_TO_1M("De 221 000 € à 1 million d’euros", 1_000_000),
    OVER_1M("Plus d’un million d’euros", Long.MAX_VALUE);

    /** The French words shown to people. */
    public final String label;

    /** The first amount above the band. */
    private final long below;

    NeedBudgetBand(String label, long below) {
        this.label = label;
        this.below = below;
    }

    /** The band of a range; {@link #UNSPECIFIED} when neither bound is given. */
    public static NeedBudgetBand of(Long min, Long max) {
        Long top = max != null ? max : min;
        if (top == null) {
            return UNSPECIFIED;
        }
        for (NeedBudgetBand band : values()) {
            if (band != UNSPECIFIED && top < band.below) {
                return band;
            }
        }
        return OVER_1M;
    }
}
