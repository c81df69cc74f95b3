package fr.amiengine.publication.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.amiengine.campaign.Campaign;
import fr.amiengine.campaign.CampaignOpened;
import fr.amiengine.campaign.CampaignRepository;
import fr.amiengine.campaign.CampaignService;
import fr.amiengine.campaign.CampaignState;
import fr.amiengine.campaign.CriterionKey;
import fr.amiengine.campaign.DisagreementPolicy;
import fr.amiengine.campaign.RankingBasis;
import fr.amiengine.evaluation.committee.EvaluatorService;
import fr.amiengine.evaluation.consolidation.Normalisation;
import fr.amiengine.publication.rules.RulesDocument.Aggregation;
import fr.amiengine.publication.rules.RulesDocument.Committee;
import fr.amiengine.publication.rules.RulesDocument.Disagreement;
import fr.amiengine.publication.rules.RulesDocument.Evaluation;
import fr.amiengine.publication.rules.RulesDocument.Formula;
import fr.amiengine.publication.rules.RulesDocument.Grid;
import fr.amiengine.publication.rules.RulesDocument.RankingRules;
import fr.amiengine.publication.rules.RulesDocument.Ref;
import fr.amiengine.publication.rules.RulesDocument.Selection;
import fr.amiengine.selection.DecisionsFinalised;
import fr.amiengine.selection.Ranking;
import fr.amiengine.shared.AmiConfig;
import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.ServerClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The published rules of a campaign's selection (CRPA L312-1-3; see docs/open-data.md, « Règles de la sélection »).
 * Version 1 is written in the opening's transaction ({@link CampaignOpened}) from the campaign as it then is, and served
 * byte for byte afterwards: a later change of the campaign's rows does not change it. When the decisions become final
 * ({@link DecisionsFinalised}), version 2 is written: version 1 plus the committee (its members and their
 * administrations, and who approved the decisions). Each text states what the code does: the formulas are those of
 * {@code ScoreGrid}, {@code Consolidation}, {@code Normalisation}, the tie rules those of {@code Ranking}, the method
 * that of {@code SelectionSolver}.
 */
@ApplicationScoped
public class RulesService {

    private static final Logger LOG = Logger.getLogger(RulesService.class);

    /** The frozen bytes of a version and its number. */
    public record Published(int version, String json) {
    }

    @Inject
    CampaignRepository campaigns;

    @Inject
    CampaignService campaignService;

    @Inject
    PublishedRulesRepository published;

    @Inject
    EvaluatorService evaluators;

    @Inject
    ServerClock clock;

    @Inject
    AmiConfig config;

    @Inject
    ObjectMapper json;

    /** The call opens: its rules are published, in the opening's transaction. */
    void onOpened(@Observes CampaignOpened event) {
        Campaign campaign = campaigns.getByCode(event.code());
        if (published.version(campaign.code, 1).isEmpty()) {
            store(campaign, 1, campaign.gridFrozenAt, rules(campaign, campaign.gridFrozenAt));
            LOG.infof("Règles de la sélection de %s publiées", campaign.code);
        }
    }

    /** The decisions are final: the committee is added to the published rules (version 2). */
    void onDecided(@Observes DecisionsFinalised event) {
        Campaign campaign = campaigns.getByCode(event.code());
        if (published.version(campaign.code, 2).isPresent()) {
            return;
        }
        RulesDocument first = published.version(campaign.code, 1).map(this::read).orElseGet(() -> {
            // a campaign opened before the rules were published: its grid was frozen at the opening, so its rules still are
            RulesDocument built = rules(campaign, campaign.gridFrozenAt);
            store(campaign, 1, campaign.gridFrozenAt, built);
            return built;
        });
        Instant now = clock.now();
        List<RulesDocument.Member> members = evaluators.ofCampaign(campaign.code).stream()
                .map(e -> new RulesDocument.Member(e.displayName(), e.administration())).toList();
        String approver = campaign.decisionsApprovedByName == null ? null
                : campaign.decisionsApprovedByName + ", " + campaign.signatoryTitle;
        store(campaign, 2, now, first.withCommittee(now, new Committee(campaign.decisionsApprovedAt, members, approver)));
        LOG.infof("Règles de la sélection de %s complétées de la composition du comité", campaign.code);
    }

    /**
     * The latest version of a campaign's rules ({@code version} null), or the version asked; 404 before the call opens,
     * for an unknown campaign and for a version not published.
     */
    @Transactional
    public Published json(String code, Integer version) {
        Optional<PublishedRules> stored = version == null ? published.latest(code) : published.version(code, version);
        if (stored.isPresent()) {
            return new Published(stored.get().version, stored.get().content);
        }
        Campaign campaign = campaigns.findByCode(code).filter(c -> c.state != CampaignState.DRAFT && c.gridFrozenAt != null)
                .orElseThrow(() -> notPublished(code));
        if (version != null && version != 1) {
            throw AmiException.notFound("Les règles de «\u00a0" + code + "\u00a0» n’ont pas de version " + version + ".");
        }
        // opened before the rules were stored (before migration V11): the same rules, built from the frozen grid
        return new Published(1, write(rules(campaign, campaign.gridFrozenAt)));
    }

    /** The latest version as a document, for the public page. */
    @Transactional
    public RulesDocument document(String code) {
        return read(json(code, null).json());
    }

    private static AmiException notPublished(String code) {
        return AmiException.notFound("Aucune règle de sélection n’est publiée pour «\u00a0" + code
                + "\u00a0»\u00a0: les règles d’une campagne sont publiées à son ouverture.");
    }

    private void store(Campaign campaign, int version, Instant at, RulesDocument document) {
        PublishedRules row = new PublishedRules();
        row.campaign = campaign;
        row.version = version;
        row.publishedAt = at;
        row.content = write(document);
        published.persist(row);
    }

    private RulesDocument read(PublishedRules row) {
        return read(row.content);
    }

    private RulesDocument read(String content) {
        try {
            return json.readValue(content, RulesDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(RulesDocument document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rules of a campaign as its rows say them now. */
    RulesDocument rules(Campaign c, Instant at) {
        var contact = campaignService.contact(c);
        BigDecimal weights = c.criteria.stream().map(k -> k.weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<RulesDocument.Criterion> criteria = c.criteria.stream().map(k -> new RulesDocument.Criterion(k.key.name(), k.label,
                k.guidance, plain(k.weight), plain(k.weight.multiply(BigDecimal.valueOf(100)).divide(weights, 2, RoundingMode.HALF_UP)),
                new RulesDocument.Scale(plain(k.scaleMin), plain(k.scaleMax), plain(k.scaleStep)), plain(k.threshold))).toList();
        Grid grid = new Grid(criteria, RulesWording.SCORING, RulesWording.THRESHOLDS);
        Evaluation evaluation = new Evaluation(c.evaluatorsPerFile, RulesWording.assignment(c.evaluatorsPerFile), RulesWording.BLINDNESS,
                new Disagreement(plain(c.disagreementSpread), new Ref(c.disagreementPolicy.name(), c.disagreementPolicy.label),
                        RulesWording.disagreement(c, c.disagreementPolicy == DisagreementPolicy.CONSENSUS)));
        Aggregation aggregation = new Aggregation(
                new Formula(RulesWording.TOTAL_FORMULA, RulesWording.TOTAL),
                new Formula(RulesWording.RAW_FORMULA, RulesWording.RAW),
                new RulesDocument.Normalisation(RulesWording.NORMALISED_FORMULA, RulesWording.NORMALISED, Normalisation.DAMPING),
                new Ref(c.rankingBasis.name(), c.rankingBasis.label),
                c.rankingBasis == RankingBasis.NORMALISED ? RulesWording.RANKS_NORMALISED : RulesWording.RANKS_RAW);
        RankingRules ranking = new RankingRules(RulesWording.RANKING_SCOPE, RulesWording.THRESHOLDS,
                RulesWording.tieRules(label(c, CriterionKey.IMPACT), label(c, CriterionKey.MATURITY)), Ranking.TIE_RULES);
        Selection selection = new Selection(
                c.tracks.stream().map(t -> new RulesDocument.Track(t.code, t.label, t.seats, t.budgetEuros)).toList(),
                c.families.stream().map(f -> new RulesDocument.Family(f.code, f.label, f.minRetained, f.maxRetained)).toList(),
                RulesWording.METHOD, RulesWording.OBJECTIVE, RulesWording.DECISIONS);
        return new RulesDocument(RulesDocument.SCHEMA, 1, at, RulesWording.LEGAL_BASIS,
                new RulesDocument.Campaign(c.code, c.title, c.openingAt, c.closingAt,
                        new RulesDocument.Contact(contact.service(), contact.email()), pageAddress(c.code)),
                grid, evaluation, aggregation, ranking, selection, null);
    }

    /** Where the rules of a campaign are published for people: the page the letters give. */
    public String pageAddress(String code) {
        return config.publicUrl() + "/campagnes/" + code + "/regles";
    }

    private static String label(Campaign c, CriterionKey key) {
        return c.criteria.stream().filter(k -> k.key == key).map(k -> k.label).findFirst().orElse(key.defaultLabel);
    }

    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
