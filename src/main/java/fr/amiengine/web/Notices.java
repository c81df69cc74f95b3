package fr.amiengine.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.Function;

/** The notices a redirect may announce with {@code ?info=key}; unknown keys show nothing. */
@ApplicationScoped
public class Notices {

    public static final String DRAFT_CREATED = "brouillon-cree";
    public static final String SECTION_SAVED = "section-enregistree";
    public static final String ATTACHMENT_ADDED = "piece-ajoutee";
    public static final String ATTACHMENT_REMOVED = "piece-supprimee";
    public static final String WITHDRAWN = "retiree";
    public static final String ORGANISATION_DECLARED = "organisation-declaree";
    public static final String ORGANISATION_UPDATED = "organisation-modifiee";
    public static final String CAMPAIGN_CREATED = "campagne-creee";
    public static final String CAMPAIGN_UPDATED = "campagne-modifiee";
    public static final String DECISION_RECORDED = "decision-enregistree";
    public static final String SAVED_AFTER_DEADLINE = "hors-delai";
    public static final String EVALUATION_LAUNCHED = "evaluation-lancee";
    public static final String DECLARATION_DONE = "declaration-terminee";
    public static final String LINK_ADDED = "lien-ajoute";
    public static final String EVALUATION_SAVED = "evaluation-enregistree";
    public static final String EVALUATION_SUBMITTED = "evaluation-soumise";
    public static final String RECUSED = "deport";
    public static final String CONSENSUS_RECORDED = "note-commune";
    public static final String MEMBER_INVITED = "membre-invite";
    public static final String ASSIGNMENT_PROPOSED = "affectation-proposee";
    public static final String ASSIGNMENT_CHANGED = "affectation-modifiee";
    public static final String ASSIGNMENT_RELEASED = "affectation-publiee";
    public static final String EVALUATION_REOPENED = "evaluation-rouverte";
    public static final String DELIBERATION_OPENED = "deliberation-ouverte";
    public static final String SELECTION_PROPOSED = "selection-proposee";
    public static final String DECISION_SET = "decision-prise";
    public static final String DECISIONS_SUBMITTED = "decisions-soumises";
    public static final String DECISIONS_APPROVED = "decisions-approuvees";
    public static final String DECISIONS_SENT_BACK = "decisions-renvoyees";
    public static final String PANORAMA_PUBLISHED = "panorama-publie";
    public static final String ENTRY_EDITED = "fiche-modifiee";
    public static final String FEEDBACK_ADDED = "retour-ajoute";
    public static final String FEEDBACK_HIDDEN = "retour-masque";
    public static final String FEEDBACK_APPROVED = "retour-approuve";
    public static final String FEEDBACK_REJECTED = "retour-refuse";
    public static final String ADMINISTRATION_VERIFIED = "administration-verifiee";

    private static final Map<String, Function<Msg, String>> TEXTS = Map.ofEntries(
            Map.entry(DRAFT_CREATED, Msg::notice_draft_created),
            Map.entry(SECTION_SAVED, Msg::notice_section_saved),
            Map.entry(ATTACHMENT_ADDED, Msg::notice_attachment_added),
            Map.entry(ATTACHMENT_REMOVED, Msg::notice_attachment_removed),
            Map.entry(WITHDRAWN, Msg::notice_withdrawn),
            Map.entry(ORGANISATION_DECLARED, Msg::notice_organisation_declared),
            Map.entry(ORGANISATION_UPDATED, Msg::notice_organisation_updated),
            Map.entry(CAMPAIGN_CREATED, Msg::notice_campaign_created),
            Map.entry(CAMPAIGN_UPDATED, Msg::notice_campaign_updated),
            Map.entry(DECISION_RECORDED, Msg::notice_decision_recorded),
            Map.entry(SAVED_AFTER_DEADLINE, Msg::notice_saved_after_deadline),
            Map.entry(EVALUATION_LAUNCHED, Msg::notice_evaluation_launched),
            Map.entry(DECLARATION_DONE, Msg::notice_declaration_done),
            Map.entry(LINK_ADDED, Msg::notice_link_added),
            Map.entry(EVALUATION_SAVED, Msg::notice_evaluation_saved),
            Map.entry(EVALUATION_SUBMITTED, Msg::notice_evaluation_submitted),
            Map.entry(RECUSED, Msg::notice_recused),
            Map.entry(CONSENSUS_RECORDED, Msg::notice_consensus_recorded),
            Map.entry(MEMBER_INVITED, Msg::notice_member_invited),
            Map.entry(ASSIGNMENT_PROPOSED, Msg::notice_assignment_proposed),
            Map.entry(ASSIGNMENT_CHANGED, Msg::notice_assignment_changed),
            Map.entry(ASSIGNMENT_RELEASED, Msg::notice_assignment_released),
            Map.entry(EVALUATION_REOPENED, Msg::notice_evaluation_reopened),
            Map.entry(DELIBERATION_OPENED, Msg::notice_deliberation_opened),
            Map.entry(SELECTION_PROPOSED, Msg::notice_selection_proposed),
            Map.entry(DECISION_SET, Msg::notice_decision_set),
            Map.entry(DECISIONS_SUBMITTED, Msg::notice_decisions_submitted),
            Map.entry(DECISIONS_APPROVED, Msg::notice_decisions_approved),
            Map.entry(DECISIONS_SENT_BACK, Msg::notice_decisions_sent_back),
            Map.entry(PANORAMA_PUBLISHED, Msg::notice_panorama_published),
            Map.entry(ENTRY_EDITED, Msg::notice_entry_edited),
            Map.entry(FEEDBACK_ADDED, Msg::notice_feedback_added),
            Map.entry(FEEDBACK_HIDDEN, Msg::notice_feedback_hidden),
            Map.entry(FEEDBACK_APPROVED, Msg::notice_feedback_approved),
            Map.entry(FEEDBACK_REJECTED, Msg::notice_feedback_rejected),
            Map.entry(ADMINISTRATION_VERIFIED, Msg::notice_administration_verified));

    @Inject
    Msg msg;

    public String text(String key) {
        Function<Msg, String> text = key == null ? null : TEXTS.get(key);
        return text == null ? "" : text.apply(msg);
    }
}
