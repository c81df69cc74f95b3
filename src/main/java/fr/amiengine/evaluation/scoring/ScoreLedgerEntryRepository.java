package fr.amiengine.evaluation.scoring;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ScoreLedgerEntryRepository implements PanacheRepository<ScoreLedgerEntry> {

    public List<ScoreLedgerEntry> ofEvaluation(Long evaluationId) {
        return list("evaluationId = ?1 order by id", evaluationId);
    }
}
