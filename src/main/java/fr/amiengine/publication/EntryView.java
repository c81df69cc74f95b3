package fr.amiengine.publication;

import java.time.Instant;
import java.util.List;

/** A panorama entry as the administrators see it: its working values and the audit of every edit. */
public record EntryView(String campaignCode, PanoramaDocument.Solution entry, List<Audit> audit) {

    /** One edit: when, by whom, which field, from what to what, why, and the publication that made it public (null: not yet). */
    public record Audit(Instant at, String by, String field, String label, String before, String after, String note,
                        Integer publishedIn) {
    }
}
