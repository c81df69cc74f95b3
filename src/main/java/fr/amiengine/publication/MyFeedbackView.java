package fr.amiengine.publication;

import java.time.LocalDate;

/**
 * A deployment feedback as the members of the administration that signed it see it on their home page.
 *
 * @param hidden an administrator withdrew it from the public pages
 */
public record MyFeedbackView(String campaignCode, String reference, String solutionName, LocalDate deployedOn,
                             String outcome, boolean hidden) {
}
