package fr.amiengine.evaluation.committee;

import fr.amiengine.shared.PersonalDataHolder;
import fr.amiengine.shared.Pseudonyms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The committee of a campaign: each member's name and login become « Personne 1 », « Personne 2 »…, their e-mail
 * address is erased and the link to their account is cut (they no longer see the campaign's files); the free notes of
 * their declarations of interest are erased. Their administration, the declared links (SIREN and kind) and their
 * assignments stay, so that the minutes and the conflicts of the selection remain readable.
 */
@ApplicationScoped
public class CommitteePersonalDataHolder implements PersonalDataHolder {

    /** The account a member's record pointed to, once erased: no Keycloak subject starts with it. */
    static final String ERASED_SUBJECT = "efface-";

    @Inject
    EvaluatorRepository evaluators;


    @Override
    public String description() {
        return "Membres du comité (nom, identifiant, adresse électronique, lien au compte)\u00a0: remplacés par «\u00a0Personne 1\u00a0», "
                + "«\u00a0Personne 2\u00a0»… ou effacés\u00a0; notes des déclarations d’intérêts\u00a0: effacées";
    }

    @Override
    public int erase(Long campaignId) {
        int changed = 0;
        Pseudonyms pseudonyms = new Pseudonyms();
        for (Evaluator member : evaluators.list("campaign.id = ?1 order by id", campaignId)) {
            for (ConflictLink link : member.links) {
                if (link.note != null) {
                    link.note = null;
                    changed++;
                }
            }
            if (member.subject.startsWith(ERASED_SUBJECT)) {
                continue;
            }
            String pseudonym = pseudonyms.of(member.displayName);
            member.displayName = pseudonym;
            member.username = pseudonym;
            member.email = "";
            member.subject = ERASED_SUBJECT + member.id;
            changed++;
        }
        return changed;
    }
}
