package fr.amiengine.campaign;

import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.PersonalDataHolder;
import fr.amiengine.shared.ServerClock;
import fr.amiengine.workflow.WorkflowService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;
import org.jboss.logging.Logger;

/**
 * The end of a campaign's retention period (docs/rgpd.md): every holder of personal data erases or pseudonymises what
 * it keeps of the campaign's people, each in a transaction of its own that also writes its line of the report. After a
 * crash, each holder's transaction either happened (its line is there, it is skipped) or did not (it runs again), and
 * the holders are idempotent anyway.
 */
@ApplicationScoped
public class RetentionService {

    private static final Logger LOG = Logger.getLogger(RetentionService.class);

    @Inject
    @Any
    Instance<PersonalDataHolder> holders;

    @Inject
    CampaignRepository campaigns;

    @Inject
    PersonalDataErasureRepository erasures;

    @Inject
    ServerClock clock;

    @Inject
    WorkflowService workflow;

    /**
     * At start, gives a retention timer to every campaign published before retention existed (migration V14), so
     * that none keeps its personal data for ever. Each in its own transaction, the campaign's row locked: two nodes
     * starting together schedule it once. A due date already past fires at once. On {@link StartupEvent}, which
     * Quarkus fires after every start-up step: the engine's (models deployed on its own start event) and Flyway's
     * migration, which may run in either order before it (observing the engine's event raced the migration of an
     * empty database).
     */
    void scheduleEarlierPublications(@Observes StartupEvent event) {
        try {
            scheduleEarlierPublications();
        } catch (RuntimeException e) {
            // the application still starts; the next start tries again
            LOG.error("Échéances de conservation des campagnes publiées avant V14 non fixées", e);
        }
    }

    /** @return the codes of the campaigns that received their retention timer now */
    public List<String> scheduleEarlierPublications() {
        List<String> published = QuarkusTransaction.requiringNew().call(() -> campaigns.getEntityManager()
                .createQuery("select c.code from Campaign c where c.publishedAt is not null order by c.code", String.class)
                .getResultList());
        List<String> scheduled = new ArrayList<>();
        for (String code : published) {
            boolean started = QuarkusTransaction.requiringNew().call(() -> {
                Campaign campaign = campaigns.lockByCode(code);
                if (workflow.hasPersonalDataRetention(code)) {
                    return false;
                }
                workflow.startPersonalDataRetention(code, campaign.retentionEndsAt());
                return true;
            });
            if (started) {
                scheduled.add(code);
                LOG.infof("Conservation des données personnelles de %s : échéance fixée au %s (campagne publiée avant V14)",
                        code, campaigns.getByCode(code).retentionEndsAt());
            }
        }
        return scheduled;
    }

    /**
     * Runs every holder not yet run for this campaign, each in a new transaction; returns how many rows changed in
     * all. Called by {@code Task_ErasePersonalData} when the retention timer fires.
     */
    public int erase(String code) {
        Long campaignId = QuarkusTransaction.requiringNew().call(() -> {
            Campaign campaign = campaigns.getByCode(code);
            if (campaign.publishedAt == null) {
                throw AmiException.conflict("La campagne " + code + " n’a jamais été publiée\u00a0: sa durée de conservation "
                        + "n’a pas commencé.");
            }
            return campaign.id;
        });
        int total = 0;
        for (PersonalDataHolder holder : sorted()) {
            String name = nameOf(holder);
            Integer rows = QuarkusTransaction.requiringNew().call(() -> {
                if (erasures.done(campaignId, name)) {
                    return null;
                }
                int changed = holder.erase(campaignId);
                PersonalDataErasure line = new PersonalDataErasure();
                line.campaign = campaigns.findById(campaignId);
                line.holder = name;
                line.description = holder.description();
                line.rowsChanged = changed;
                line.erasedAt = clock.now();
                erasures.persist(line);
                return changed;
            });
            if (rows != null) {
                LOG.infof("Données personnelles de %s effacées par %s\u00a0: %d ligne(s)", code, name, rows);
                total += rows;
            }
        }
        return total;
    }

    /** The retention of a campaign and what its erasure did; administrators only (the page checks the role). */
    @Transactional
    public RetentionReport report(String code) {
        Campaign campaign = campaigns.getByCode(code);
        List<RetentionReport.Line> lines = erasures.ofCampaign(campaign.id).stream()
                .map(e -> new RetentionReport.Line(e.holder, e.description, e.rowsChanged, e.erasedAt)).toList();
        return new RetentionReport(campaign.retentionMonths, campaign.retentionEndsAt(),
                lines.isEmpty() ? null : lines.get(0).erasedAt(), lines);
    }

    private List<PersonalDataHolder> sorted() {
        return StreamSupport.stream(holders.spliterator(), false).sorted(Comparator.comparing(RetentionService::nameOf)).toList();
    }

    /** The holder's class, without the suffix of the container's proxy: the same name from one version to the next. */
    static String nameOf(PersonalDataHolder holder) {
        String name = holder.getClass().getName();
        int proxy = name.indexOf('_');
        return proxy < 0 ? name : name.substring(0, proxy);
    }
}
