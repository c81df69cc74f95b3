package fr.amiengine.evaluation.committee;

import java.time.Instant;

/** A campaign whose committee the reader belongs to, and whether their declaration of interests is done. */
public record MyCommitteeView(Long evaluatorId, String campaignCode, String campaignTitle, boolean declared, Instant declaredAt) {
}
