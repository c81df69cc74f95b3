package fr.amiengine.integrity;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class LedgerKeyRepository implements PanacheRepositoryBase<LedgerKey, Long> {
}
