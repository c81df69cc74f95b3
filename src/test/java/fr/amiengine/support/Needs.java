package fr.amiengine.support;

import fr.amiengine.identity.AdministrationType;
import fr.amiengine.identity.Organisation;
import fr.amiengine.needs.Need;
import fr.amiengine.needs.NeedHorizon;
import fr.amiengine.needs.NeedRepository;
import fr.amiengine.needs.NeedState;
import fr.amiengine.publication.PanoramaEntry;
import fr.amiengine.publication.PanoramaEntryRepository;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Needs of the census, written straight through {@link NeedRepository} (the census has its own API, tested on its
 * own), for an administration that an administrator verified; and the solution sheet of a panorama entry reshaped
 * before a publication, so that the matching meets solutions that differ.
 */
public final class Needs {

    private Needs() {
    }

    /**
     * An open need of organisation {@code organisationId}, declared by {@code author}: « Transcrire les audiences » in
     * the documents family, with no constraint until {@code shape} sets some.
     *
     * @return its reference
     */
    public static String declare(long organisationId, String author, Consumer<Need> shape) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = Arc.container().instance(EntityManager.class).get();
            Need need = new Need();
            need.reference = Scenario.uniqueCode("BES");
            need.organisation = em.find(Organisation.class, organisationId);
            need.author = author;
            need.administrationType = AdministrationType.DECENTRALISED_SERVICE;
            need.ministry = "Ministère de la Justice";
            need.title = "Transcrire les audiences";
            need.mission = "Rendre la justice dans des délais raisonnables";
            need.context = "Les greffiers saisissent à la main les débats des audiences correctionnelles.";
            need.familyCode = Scenario.FAMILY;
            need.familyLabel = "Traitement automatique de documents";
            need.horizon = NeedHorizon.WITHIN_12_MONTHS;
            need.createdAt = Instant.now();
            need.updatedAt = need.createdAt;
            shape.accept(need);
            Arc.container().instance(NeedRepository.class).get().persist(need);
            return need.reference;
        });
    }

    /** Closes a need, as its administration would. */
    public static void close(String reference) {
        QuarkusTransaction.requiringNew().run(() -> {
            Need need = Arc.container().instance(NeedRepository.class).get().byReference(reference).orElseThrow();
            need.state = NeedState.CLOSED;
            need.closedAt = Instant.now();
        });
    }

    /** Changes the working copy of a panorama entry (its solution sheet): public at the next publication. */
    public static void reshapeEntry(String reference, Consumer<PanoramaEntry> shape) {
        QuarkusTransaction.requiringNew().run(() -> shape.accept(
                Arc.container().instance(PanoramaEntryRepository.class).get().byReference(reference).orElseThrow()));
    }
}
