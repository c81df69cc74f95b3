package fr.amiengine.needs;

import java.time.Instant;
import java.util.List;

/**
 * The public, anonymous census of the open needs (schema {@value #SCHEMA}): counts only. It never holds the name of
 * an administration nor a text it typed (title, mission, context, notes, identity federation); a ministry is named
 * only where at least {@value #SMALL_CELL} open needs name it, the others are counted together.
 */
public record PublicNeedCensus(String schema, Instant generatedAt, String scope, long openNeeds, int smallCellThreshold,
                               List<FamilyTypeCell> byFamilyAndAdministrationType, List<Ministry> byMinistry,
                               long otherMinistriesNeeds, List<Count> byConstraint, List<Count> byHorizon,
                               List<Count> byBudgetBand) {

    public static final String SCHEMA = "/schemas/needs-census.schema.json";
    public static final String TABLE_SCHEMA = "/schemas/needs-census.tableschema.json";
    public static final int SMALL_CELL = 3;

    /** A code and its French words. */
    public record Ref(String code, String label) {
    }

    public record FamilyTypeCell(Ref family, Ref administrationType, long needs) {
    }

    public record Ministry(String name, long needs) {
    }

    public record Count(String code, String label, long needs) {
    }
}
