package fr.amiengine.integrity;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The French texts of the integrity page, read as {@code {integ:name}} in the templates. */
@MessageBundle(value = "integ", locale = "fr")
public interface IntegrityTexts {

    @Message("Vérifier l’intégrité — {code}")
    String title(String code);

    @Message("Vérifier l’intégrité")
    String nav();

    @Message("Chaque note, chaque décision et chaque examen de recevabilité est inscrit dans un registre dont chaque ligne porte l’empreinte (SHA-256) de la précédente. La vérification relit chaque registre, recalcule chaque empreinte, compare ce que disent les lignes avec les données de la base, et contrôle que le registre contient toujours, au rang écrit, l’empreinte inscrite au procès-verbal et dans chaque publication du panorama.")
    String intro();

    @Message("Tous les registres sont intègres.")
    String all_intact();

    @Message("Au moins un registre n’est pas intègre\u00a0: lisez les écarts ci-dessous.")
    String not_all_intact();

    @Message("Intègre")
    String intact();

    @Message("Non intègre")
    String broken();

    @Message("Lignes")
    String entries();

    @Message("Tête de chaîne (dernière empreinte)")
    String head();

    @Message("État")
    String state();

    @Message("Première ligne dont le chaînage ou l’empreinte est faux\u00a0: n° {id}.")
    String first_broken(Long id);

    @Message("{count} {#if count == 1}ligne antérieure à la version 2 des empreintes a son compte effacé\u00a0: seul son chaînage est vérifié.{#else}lignes antérieures à la version 2 des empreintes ont leur compte effacé\u00a0: seul leur chaînage est vérifié.{/if}")
    String unverifiable(long count);

    @Message("Écarts avec la base")
    String differences();

    @Message("Aucun écart\u00a0: les lignes du registre et les données de la base concordent.")
    String no_difference();

    @Message("Écarts entre le {label} et la base")
    String differences_caption(String label);

    @Message("Dossier")
    String col_file();

    @Message("Donnée")
    String col_field();

    @Message("Selon le registre")
    String col_chain();

    @Message("Dans la base")
    String col_live();

    @Message("Têtes publiées")
    String heads();

    @Message("Aucune tête n’a encore été écrite\u00a0: elle l’est au procès-verbal, puis à chaque publication du panorama.")
    String no_head();

    @Message("Têtes du {label} écrites dans les documents")
    String heads_caption(String label);

    @Message("Document")
    String col_document();

    @Message("Lignes écrites")
    String col_entries();

    @Message("Empreinte écrite")
    String col_hash();

    @Message("Résultat")
    String col_result();

    @Message("Conforme")
    String head_ok();

    @Message("Non conforme")
    String head_broken();

    @Message("Les mêmes résultats en JSON\u00a0: GET /api/campaigns/{code}/ledger.")
    String api(String code);
}
