package fr.amiengine.selection;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class DecisionLedgerEntryRepository implements PanacheRepository<DecisionLedgerEntry> {
}
