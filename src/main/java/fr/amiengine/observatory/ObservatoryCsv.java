package fr.amiengine.observatory;

import de.siegmar.fastcsv.writer.CsvWriter;
import fr.amiengine.identity.AdministrationType;
import fr.amiengine.observatory.ObservatoryDocument.CampaignFigures;
import fr.amiengine.observatory.ObservatoryDocument.Count;
import fr.amiengine.observatory.ObservatoryDocument.FamilyFigures;
import fr.amiengine.observatory.ObservatoryDocument.SolutionFigures;
import fr.amiengine.publication.feedback.FeedbackOutcome;
import fr.amiengine.shared.CsvFiles;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The observatory in CSV ({@link CsvFiles}): one line per solution of a published panorama, with its deployments by
 * type of administration and by outcome, and the months since them. Columns and their types are the Table Schema
 * {@code /schemas/observatory.tableschema.json}; the feedback texts are in the JSON only.
 */
final class ObservatoryCsv {

    static final List<String> HEADER;

    static {
        List<String> header = new ArrayList<>(List.of("campagne", "code_famille", "famille", "reference", "solution",
                "organisation", "deploiements"));
        Arrays.stream(AdministrationType.values()).forEach(t -> header.add("type_" + t.name().toLowerCase()));
        Arrays.stream(FeedbackOutcome.values()).forEach(o -> header.add("resultat_" + o.name().toLowerCase()));
        header.addAll(List.of("mois_depuis_deploiement_min", "mois_depuis_deploiement_median", "mois_depuis_deploiement_max"));
        HEADER = List.copyOf(header);
    }

    private ObservatoryCsv() {
    }

    static void write(ObservatoryDocument document, Writer out) throws IOException {
        CsvWriter csv = CsvFiles.open(out);
        csv.writeRecord(HEADER);
        for (CampaignFigures campaign : document.campaigns()) {
            for (FamilyFigures family : campaign.families()) {
                for (SolutionFigures s : family.solutions()) {
                    List<String> row = new ArrayList<>(List.of(campaign.code(), family.code(), family.label(), s.reference(),
                            s.name(), s.organisation(), String.valueOf(s.deployments())));
                    s.byAdministrationType().stream().map(Count::count).map(String::valueOf).forEach(row::add);
                    s.byOutcome().stream().map(Count::count).map(String::valueOf).forEach(row::add);
                    row.add(text(s.monthsSinceDeployment().min()));
                    row.add(text(s.monthsSinceDeployment().median()));
                    row.add(text(s.monthsSinceDeployment().max()));
                    csv.writeRecord(row);
                }
            }
        }
        csv.flush();
    }

    private static String text(Integer value) {
        return value == null ? "" : String.valueOf(value);
    }
}
