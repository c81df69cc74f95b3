package fr.amiengine.campaign;

import fr.amiengine.campaign.CampaignRequest.CriterionRequest;
import fr.amiengine.campaign.CampaignRequest.FamilyRequest;
import fr.amiengine.campaign.CampaignRequest.TrackRequest;
import fr.amiengine.identity.Actor;
import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.FieldError;
import fr.amiengine.shared.ServerClock;
import fr.amiengine.workflow.RetryOnConcurrentChange;
import fr.amiengine.workflow.WorkflowService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jboss.logging.Logger;

/** Configures campaigns while they are drafts and moves them along their lifecycle. */
@ApplicationScoped
@RetryOnConcurrentChange
public class CampaignService {

    private static final Logger LOG = Logger.getLogger(CampaignService.class);

    static final BigDecimal DEFAULT_SCALE_MIN = BigDecimal.ZERO;
    static final BigDecimal DEFAULT_SCALE_MAX = new BigDecimal("5");
    static final BigDecimal DEFAULT_SCALE_STEP = new BigDecimal("0.5");
    static final int DEFAULT_EVALUATORS_PER_FILE = 2;
    static final BigDecimal DEFAULT_DISAGREEMENT_SPREAD = new BigDecimal("0.30");
    static final int DEFAULT_REMINDER_DAYS = 2;
    /** The title of the letters' signatory when the call sets none (the form shows it, to be changed). */
    public static final String DEFAULT_SIGNATORY_TITLE = "Responsable de programme";

    @Inject
    CampaignRepository campaigns;

    @Inject
    WorkflowService workflow;

    @Inject
    ServerClock clock;

    @Inject
    fr.amiengine.shared.AmiConfig config;

    @Inject
    jakarta.enterprise.event.Event<CampaignOpened> opened;

    /** Creates a draft campaign and starts its process, whose timers will open and close it. */
    @Transactional
    public CampaignView create(Actor actor, CampaignRequest request) {
        validate(request);
        if (campaigns.findByCode(request.code()).isPresent()) {
            throw AmiException.conflict("Une campagne a déjà le code «\u00a0" + request.code() + "\u00a0».");
        }
        Campaign campaign = new Campaign();
        campaign.code = request.code();
        campaign.state = CampaignState.DRAFT;
        campaign.createdAt = clock.now();
        campaign.createdBy = actor.username();
        apply(campaign, request);
        campaigns.persist(campaign);
        campaigns.flush();
        campaigns.createReferenceCounter(campaign);
        workflow.startCampaign(campaign.code, campaign.openingAt, campaign.closingAt);
        LOG.infof("Campagne %s créée par %s, ouverture le %s", campaign.code, actor.username(), campaign.openingAt);
        return CampaignView.of(campaign);
    }

    /** Replaces the settings of a campaign that has not opened; its timers follow the new dates. */
    @Transactional
    public CampaignView update(Actor actor, String code, CampaignRequest request) {
        Campaign campaign = campaigns.lockByCode(code);
        campaign.ensureEditable(clock.now());
        if (!code.equals(request.code())) {
            throw AmiException.invalid("code", "Le code d’une campagne ne peut pas changer (" + code + ").");
        }
        validate(request);
        apply(campaign, request);
        workflow.rescheduleCampaign(code, campaign.openingAt, campaign.closingAt);
        LOG.infof("Campagne %s modifiée par %s", code, actor.username());
        return CampaignView.of(campaign);
    }

    /** Refuses (409) when the campaign's grid and dates can no longer change. */
    public void ensureEditable(String code) {
        campaigns.getByCode(code).ensureEditable(clock.now());
    }

    /** Campaigns the actor may see: every one for an administrator, the opened ones for everybody else. */
    public List<CampaignView> list(Actor actor) {
        List<Campaign> found = actor.isAdmin()
                ? campaigns.list("order by openingAt desc")
                : campaigns.list("state <> ?1 order by openingAt desc", CampaignState.DRAFT);
        return found.stream().map(CampaignView::of).toList();
    }

    public CampaignView get(Actor actor, String code) {
        Campaign campaign = campaigns.findByCode(code)
                .filter(c -> actor.isAdmin() || c.state != CampaignState.DRAFT)
                .orElseThrow(() -> AmiException.notFound("Aucune campagne publiée n’a le code «\u00a0" + code + "\u00a0»."));
        return CampaignView.of(campaign);
    }

    /**
     * Whom the candidates of a campaign write to: the service the campaign names, else the platform's team
     * ({@code ami.contact.*}) for a campaign created without one. The receipt and the confirmation page both use it.
     */
    public CampaignView.ContactView contact(Campaign campaign) {
        return campaign.contactEmail == null
                ? new CampaignView.ContactView(config.contact().service(), config.contact().email())
                : new CampaignView.ContactView(campaign.contactService, campaign.contactEmail);
    }

    /** As {@link #contact(Campaign)}, by the campaign's code. */
    public CampaignView.ContactView contact(String code) {
        return contact(campaigns.getByCode(code));
    }

    /**
     * Opening time has come (timer of {@code campaign.bpmn}): the grid is published and frozen, and the rules of the
     * selection are published in the same transaction ({@link CampaignOpened}).
     */
    @Transactional
    public void open(String code) {
        Campaign campaign = campaigns.getByCode(code);
        if (campaign.state != CampaignState.DRAFT) {
            LOG.warnf("Campagne %s déjà ouverte (état %s)\u00a0: rien à faire", code, campaign.state);
            return;
        }
        campaign.state = CampaignState.OPEN;
        campaign.gridFrozenAt = clock.now();
        opened.fire(new CampaignOpened(code));
        LOG.infof("Campagne %s ouverte\u00a0; grille figée et règles publiées", code);
    }

    /** Closing time has come: no submission is accepted any more. */
    @Transactional
    public void close(String code) {
        Campaign campaign = campaigns.getByCode(code);
        if (campaign.state != CampaignState.OPEN) {
            LOG.warnf("Campagne %s non ouverte (état %s)\u00a0: rien à fermer", code, campaign.state);
            return;
        }
        campaign.state = CampaignState.CLOSED;
        LOG.infof("Campagne %s close", code);
    }

    /** The administrators launched the evaluation stage after admissibility. */
    @Transactional
    public void enterEvaluation(String code) {
        Campaign campaign = campaigns.getByCode(code);
        if (campaign.state != CampaignState.CLOSED) {
            throw AmiException.conflict("La campagne " + code + " n’est pas close (elle est " + campaign.state.label + ").");
        }
        campaign.state = CampaignState.EVALUATION;
        LOG.infof("Campagne %s en évaluation", code);
    }

    private void validate(CampaignRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (!request.closingAt().isAfter(request.openingAt())) {
            errors.add(new FieldError("closingAt", "La clôture doit être postérieure à l’ouverture"));
        }
        if (!request.closingAt().isAfter(clock.now())) {
            errors.add(new FieldError("closingAt", "La date de clôture doit être dans le futur"));
        }
        if (request.criteria() != null) {
            validateGrid(request.criteria(), errors);
        }
        duplicates(request.tracks(), TrackRequest::code).forEach(c ->
                errors.add(new FieldError("tracks", "Le code de volet «\u00a0" + c + "\u00a0» apparaît plusieurs fois")));
        duplicates(request.families(), FamilyRequest::code).forEach(c ->
                errors.add(new FieldError("families", "Le code de famille «\u00a0" + c + "\u00a0» apparaît plusieurs fois")));
        for (int i = 0; i < request.families().size(); i++) {
            FamilyRequest f = request.families().get(i);
            if (f.minRetained() != null && f.maxRetained() != null && f.minRetained() > f.maxRetained()) {
                errors.add(new FieldError("families[" + i + "].maxRetained", "Le maximum de lauréats de la famille «\u00a0"
                        + f.code() + "\u00a0» est inférieur à son minimum"));
            }
        }
        int seats = request.tracks().stream().mapToInt(t -> t.seats() == null ? 0 : t.seats()).sum();
        int minimums = request.families().stream().mapToInt(f -> f.minRetained() == null ? 0 : f.minRetained()).sum();
        if (minimums > seats) {
            errors.add(new FieldError("families", "Les minimums des familles (" + minimums + " lauréats) dépassent les places "
                    + "des volets (" + seats + ")"));
        }
        if (!errors.isEmpty()) {
            throw AmiException.invalid(errors.size() == 1 ? errors.get(0).message()
                    : "La campagne contient " + errors.size() + " erreurs.", errors);
        }
    }

    private static void validateGrid(List<CriterionRequest> criteria, List<FieldError> errors) {
        Set<CriterionKey> seen = EnumSet.noneOf(CriterionKey.class);
        for (int i = 0; i < criteria.size(); i++) {
            CriterionRequest c = criteria.get(i);
            String field = "criteria[" + i + "]";
            if (!seen.add(c.key())) {
                errors.add(new FieldError(field + ".key", "Le critère " + c.key() + " apparaît plusieurs fois"));
            }
            BigDecimal min = Objects.requireNonNullElse(c.scaleMin(), DEFAULT_SCALE_MIN);
            BigDecimal max = Objects.requireNonNullElse(c.scaleMax(), DEFAULT_SCALE_MAX);
            BigDecimal step = Objects.requireNonNullElse(c.scaleStep(), DEFAULT_SCALE_STEP);
            if (max.compareTo(min) <= 0) {
                errors.add(new FieldError(field + ".scaleMax", "Le maximum du barème doit dépasser son minimum"));
            } else if (step.signum() <= 0 || max.subtract(min).remainder(step).signum() != 0) {
                errors.add(new FieldError(field + ".scaleStep",
                        "Le pas du barème doit être positif et diviser l’écart entre minimum et maximum"));
            }
            if (c.threshold() != null && (c.threshold().compareTo(min) < 0 || c.threshold().compareTo(max) > 0)) {
                errors.add(new FieldError(field + ".threshold", "Le seuil doit être compris dans le barème ("
                        + min.toPlainString() + " à " + max.toPlainString() + ")"));
            }
        }
        if (!seen.equals(EnumSet.allOf(CriterionKey.class))) {
            errors.add(new FieldError("criteria",
                    "La grille comporte exactement les quatre critères\u00a0: impact, maturité, intégrabilité et conformité"));
        }
    }

    private static <T> Set<String> duplicates(List<T> items, Function<T, String> code) {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new HashSet<>();
        items.forEach(item -> {
            if (!seen.add(code.apply(item))) {
                twice.add(code.apply(item));
            }
        });
        return twice;
    }

    private void apply(Campaign campaign, CampaignRequest request) {
        campaign.title = request.title().strip();
        campaign.description = request.description();
        if (request.contact() != null) {
            campaign.contactService = request.contact().service().strip();
            campaign.contactEmail = request.contact().email().strip();
        }
        campaign.signatoryTitle = request.signatoryTitle() == null || request.signatoryTitle().isBlank()
                ? DEFAULT_SIGNATORY_TITLE : request.signatoryTitle().strip();
        campaign.openingAt = request.openingAt();
        campaign.closingAt = request.closingAt();
        campaign.evaluatorsPerFile = Objects.requireNonNullElse(request.evaluatorsPerFile(), DEFAULT_EVALUATORS_PER_FILE);
        campaign.disagreementSpread = Objects.requireNonNullElse(request.disagreementSpread(), DEFAULT_DISAGREEMENT_SPREAD);
        campaign.disagreementPolicy = Objects.requireNonNullElse(request.disagreementPolicy(), DisagreementPolicy.ADDITIONAL_EVALUATOR);
        campaign.reminderDaysBefore = Objects.requireNonNullElse(request.reminderDaysBefore(), DEFAULT_REMINDER_DAYS);
        campaign.rankingBasis = Objects.requireNonNullElse(request.rankingBasis(), RankingBasis.RAW);
        campaign.retentionMonths = Objects.requireNonNullElse(request.retentionMonths(), Campaign.DEFAULT_RETENTION_MONTHS);
        List<CriterionRequest> grid = request.criteria() != null ? request.criteria() : defaultGrid();
        mergeCriteria(campaign, grid);
        mergeTracks(campaign, request.tracks());
        mergeFamilies(campaign, request.families());
    }

    /** Equal weights, 0 to 5 by half points, no threshold. */
    static List<CriterionRequest> defaultGrid() {
        return EnumSet.allOf(CriterionKey.class).stream()
                .map(k -> new CriterionRequest(k, null, null, new BigDecimal("25"), null, null, null, null))
                .toList();
    }

    // Children are updated in place, matched by key or code: deleting and re-inserting a row with the
    // same code in one flush would break the unique constraints (Hibernate inserts before it deletes).

    private static void mergeCriteria(Campaign campaign, List<CriterionRequest> requested) {
        campaign.criteria.removeIf(existing -> requested.stream().noneMatch(r -> r.key() == existing.key));
        int position = 0;
        for (CriterionRequest r : requested) {
            Criterion criterion = campaign.criteria.stream().filter(c -> c.key == r.key()).findFirst().orElseGet(() -> {
                Criterion created = new Criterion();
                created.campaign = campaign;
                created.key = r.key();
                campaign.criteria.add(created);
                return created;
            });
            criterion.label = r.label() == null || r.label().isBlank() ? r.key().defaultLabel : r.label().strip();
            criterion.guidance = r.guidance();
            criterion.weight = r.weight();
            criterion.scaleMin = Objects.requireNonNullElse(r.scaleMin(), DEFAULT_SCALE_MIN);
            criterion.scaleMax = Objects.requireNonNullElse(r.scaleMax(), DEFAULT_SCALE_MAX);
            criterion.scaleStep = Objects.requireNonNullElse(r.scaleStep(), DEFAULT_SCALE_STEP);
            criterion.threshold = r.threshold();
            criterion.position = position++;
        }
    }

    private static void mergeTracks(Campaign campaign, List<TrackRequest> requested) {
        campaign.tracks.removeIf(existing -> requested.stream().noneMatch(r -> r.code().equals(existing.code)));
        int position = 0;
        for (TrackRequest r : requested) {
            Track track = campaign.track(r.code()).orElseGet(() -> {
                Track created = new Track();
                created.campaign = campaign;
                created.code = r.code();
                campaign.tracks.add(created);
                return created;
            });
            track.label = r.label().strip();
            track.seats = r.seats();
            track.budgetEuros = r.budgetEuros();
            track.position = position++;
        }
    }

    private static void mergeFamilies(Campaign campaign, List<FamilyRequest> requested) {
        campaign.families.removeIf(existing -> requested.stream().noneMatch(r -> r.code().equals(existing.code)));
        int position = 0;
        for (FamilyRequest r : requested) {
            FunctionalFamily family = campaign.family(r.code()).orElseGet(() -> {
                FunctionalFamily created = new FunctionalFamily();
                created.campaign = campaign;
                created.code = r.code();
                campaign.families.add(created);
                return created;
            });
            family.label = r.label().strip();
            family.minRetained = r.minRetained();
            family.maxRetained = r.maxRetained();
            family.position = position++;
        }
    }
}
