package fr.amiengine.documents;

import java.util.List;
import java.util.Objects;

/**
 * What an acknowledgement of receipt says. Every value is already formatted for display, the French way (the date
 * and time of receipt as the server recorded them, e.g. "12 mars 2026 à 14 h 05").
 *
 * @param attachments the file names of the PDFs received, in the order they were attached
 * @param contactService the service of the administration running the call, which answers questions
 * @param contactEmail that service's e-mail address (never the candidate's own)
 * @param followUrl the address where the candidate follows the file
 */
public record ReceiptData(String campaignCode, String campaignTitle, String reference, String organisation,
        String siren, String solutionName, String track, String family, String submittedAt, List<String> attachments,
        String contactService, String contactEmail, String followUrl) {

    public ReceiptData {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(contactEmail, "contactEmail");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
