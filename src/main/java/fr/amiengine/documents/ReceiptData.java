package fr.amiengine.documents;

import java.util.List;
import java.util.Objects;

/**
 * What an acknowledgement of receipt says. Every value is already formatted for display, the French way (the date
 * and time of receipt as the server recorded them, e.g. "12 mars 2026 à 14 h 05").
 *
 * @param attachments the file names of the PDFs received, in the order they were attached
 * @param contact where to write with a question (an e-mail address or a service)
 * @param followUrl the address where the candidate follows the file
 */
public record ReceiptData(String campaignCode, String campaignTitle, String reference, String organisation,
        String siren, String solutionName, String track, String family, String submittedAt, List<String> attachments,
        String contact, String followUrl) {

    public ReceiptData {
        Objects.requireNonNull(reference, "reference");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
