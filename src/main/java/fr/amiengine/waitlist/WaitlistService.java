package fr.amiengine.waitlist;

import fr.amiengine.campaign.Campaign;
import fr.amiengine.campaign.CampaignRepository;
import fr.amiengine.campaign.CampaignState;
import fr.amiengine.campaign.FunctionalFamily;
import fr.amiengine.campaign.Track;
import fr.amiengine.correspondence.DocumentKind;
import fr.amiengine.correspondence.LetterService;
import fr.amiengine.correspondence.MailOutbox;
import fr.amiengine.identity.Actor;
import fr.amiengine.publication.PublicationService;
import fr.amiengine.selection.Decision;
import fr.amiengine.selection.DecisionLedger;
import fr.amiengine.selection.DecisionLedgerEntry;
import fr.amiengine.selection.DecisionOutcome;
import fr.amiengine.selection.DecisionRepository;
import fr.amiengine.selection.Ranking;
import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.FrenchFormat;
import fr.amiengine.shared.ServerClock;
import fr.amiengine.submission.ActorKind;
import fr.amiengine.submission.Candidature;
import fr.amiengine.submission.CandidatureRepository;
import fr.amiengine.submission.CandidatureState;
import fr.amiengine.workflow.OpenTask;
import fr.amiengine.workflow.ProcessVariables;
import fr.amiengine.workflow.RetryOnConcurrentChange;
import fr.amiengine.workflow.WorkflowService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A laureate's renunciation of its selection and the promotion of the next waitlisted file of its track
 * ({@code Process_WaitlistPromotion}, docs/selection.md): the renunciation is recorded in the decision ledger and
 * acknowledged; {@link WaitlistRule} proposes the file; two different administrators approve it (four eyes), or
 * either rejects it; the promoted file is then retained, receives its decision letter, and the panorama changes at
 * its next publication (the renounced entry out, the promoted one in).
 */
@ApplicationScoped
@RetryOnConcurrentChange
public class WaitlistService {

    private static final Logger LOG = Logger.getLogger(WaitlistService.class);

    /** Who the ledger names for the proposal: the rule, not a person. */
    static final String AUTOMATIC = "proposition automatique (liste d’attente)";

    @Inject
    CampaignRepository campaigns;

    @Inject
    CandidatureRepository candidatures;

    @Inject
    DecisionRepository decisions;

    @Inject
    DecisionLedger ledger;

    @Inject
    PromotionRepository promotions;

    @Inject
    PublicationService publication;

    @Inject
    LetterService letters;

    @Inject
    MailOutbox outbox;

    @Inject
    WorkflowService workflow;

    @Inject
    ServerClock clock;

    @Inject
    WaitlistTexts texts;

    /**
     * {@code POST /api/candidatures/{ref}/renunciation}: a member of the laureate's organisation renounces the
     * selection of a retained file whose decision is final. The decision becomes {@link DecisionOutcome#RENOUNCED}, the
     * file {@code WITHDRAWN}, the ledger records it, the panorama's working entry leaves it, and
     * {@code Process_WaitlistPromotion} starts. Anyone else is answered as for an unknown reference (404).
     */
    @Transactional
    public PromotionView renounce(Actor actor, String reference, String reason) {
        Candidature file = candidatures.findByReference(reference)
                .filter(c -> actor.belongsTo(c.organisation.id))
                .orElseThrow(() -> CandidatureRepository.unknown(reference));
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw AmiException.invalid("reason", texts.reason_required());
        }
        Campaign campaign = campaigns.lockByCode(file.campaign.code);
        file = candidatures.lockByReference(reference);
        Decision decision = decisions.ofFile(reference).filter(d -> d.finalised)
                .orElseThrow(() -> AmiException.conflict(texts.not_final(reference)));
        if (decision.outcome == DecisionOutcome.RENOUNCED) {
            throw AmiException.conflict(texts.already_renounced(reference));
        }
        if (decision.outcome != DecisionOutcome.RETAINED) {
            throw AmiException.conflict(texts.not_retained(reference, decision.outcome.label));
        }
        if (file.state != CandidatureState.RETAINED) {
            throw AmiException.conflict(texts.not_recorded(reference));
        }
        Instant now = clock.now();
        decision.outcome = DecisionOutcome.RENOUNCED;
        decision.motivation = texts.renounced_motivation(FrenchFormat.date(now), why);
        decision.departs = decision.outcome != decision.proposedOutcome;
        decision.updatedBy = actor.username();
        decision.updatedAt = now;
        file.moveTo(CandidatureState.WITHDRAWN, ActorKind.CANDIDATE, actor.username(), now, why);
        ledger.record(campaign, reference, DecisionLedgerEntry.Event.RENOUNCED, DecisionOutcome.RENOUNCED, decision.motivation,
                actor.username(), now);
        Promotion promotion = new Promotion();
        promotion.campaign = campaign;
        promotion.withdrawn = file;
        promotion.trackCode = decision.trackCode;
        promotion.reason = why;
        promotion.withdrawnBy = actor.username();
        promotion.withdrawnAt = now;
        promotion.state = Promotion.State.PROPOSING;
        promotions.persist(promotion);
        refreshPanorama(campaign);
        workflow.startWaitlistPromotion(reference, campaign.code);
        LOG.infof("Désistement de %s (campagne %s) par %s", reference, campaign.code, actor.username());
        return view(promotion);
    }

    /** The panorama's working entries follow the retained files, if the panorama is being prepared or published. */
    private void refreshPanorama(Campaign campaign) {
        if (campaign.state == CampaignState.DECIDED || campaign.state == CampaignState.PUBLISHED) {
            publication.prepare(campaign.code);
        }
    }

    /** {@code Task_SendWithdrawalAcknowledgement}: the acknowledgement (PDF/A) is written and mailed once. */
    public void acknowledge(String reference) {
        Instant[] at = new Instant[1];
        String[] signatory = new String[1];
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            Promotion p = promotions.ofWithdrawn(reference).orElseThrow();
            at[0] = p.withdrawnAt;
            signatory[0] = Objects.requireNonNullElse(p.campaign.decisionsApprovedByName, p.campaign.decisionsApprovedBy);
        });
        letters.writeLaterLetter(reference, DocumentKind.RENUNCIATION_ACK, at[0], signatory[0]);
        outbox.send(reference, DocumentKind.RENUNCIATION_ACK);
    }

    /**
     * {@code Task_ProposeNextWaitlisted}: the next waitlisted file of the track that fits ({@link WaitlistRule}), or a
     * note saying why none does.
     *
     * @return whether a file is proposed (the gateway's flag)
     */
    @Transactional
    public boolean propose(String reference) {
        Promotion p = promotions.ofWithdrawn(reference).orElseThrow();
        Campaign campaign = campaigns.lockByCode(p.campaign.code);
        if (p.state != Promotion.State.PROPOSING) {
            return p.state.awaitsApproval();
        }
        Track track = campaign.tracks.stream().filter(t -> t.code.equals(p.trackCode)).findFirst().orElseThrow();
        List<Decision> all = decisions.ofCampaign(campaign.code);
        List<Promotion> pending = promotions.awaitingApproval(campaign.code);
        List<String> pendingRefs = pending.stream().map(x -> x.proposed.reference).toList();
        List<WaitlistRule.Seat> held = new ArrayList<>();
        Map<String, Integer> familyCounts = new HashMap<>();
        for (Decision d : all) {
            boolean holds = d.outcome == DecisionOutcome.RETAINED || pendingRefs.contains(d.candidature.reference);
            if (!holds) {
                continue;
            }
            if (d.trackCode.equals(track.code)) {
                held.add(new WaitlistRule.Seat(d.candidature.reference, familyOf(d), d.requestedAmount));
            }
            if (familyOf(d) != null) {
                familyCounts.merge(familyOf(d), 1, Integer::sum);
            }
        }
        Map<String, WaitlistRule.Bounds> bounds = new HashMap<>();
        for (FunctionalFamily f : campaign.families) {
            bounds.put(f.code, new WaitlistRule.Bounds(f.minRetained, f.maxRetained));
        }
        // the order of the ranking the selection used: its positions, kept on each decision
        List<WaitlistRule.Waiting> waiting = all.stream()
                .filter(d -> d.trackCode.equals(track.code) && d.outcome == DecisionOutcome.WAITLISTED && d.finalised
                        && d.rankPosition != null && !pendingRefs.contains(d.candidature.reference))
                .sorted(java.util.Comparator.comparing((Decision d) -> d.rankPosition))
                .map(d -> new WaitlistRule.Waiting(d.candidature.reference, d.rankPosition, familyOf(d), d.requestedAmount))
                .toList();
        String withdrawnFamily = p.withdrawn.family == null ? null : p.withdrawn.family.code;
        WaitlistRule.Result result = WaitlistRule.propose(track.seats, track.budgetEuros, held, familyCounts, bounds,
                withdrawnFamily, waiting);
        Instant now = clock.now();
        List<String> skipped = result.skipped().stream().map(s -> skipText(s, result, campaign)).toList();
        p.skipped = skipped.isEmpty() ? null : String.join("\n", skipped);
        p.proposedAt = now;
        if (result.chosen() == null) {
            String why = result.seatsFree() <= 0 ? texts.none_no_seat(track.label)
                    : waiting.isEmpty() ? texts.none_empty(track.label) : texts.none_all_skipped(track.label, skipped.size());
            p.noneFits = texts.none_fits(reference, why);
            p.state = Promotion.State.NONE_FITS;
            LOG.infof("Désistement de %s\u00a0: %s", reference, p.noneFits);
            return false;
        }
        WaitlistRule.Waiting chosen = result.chosen();
        p.proposed = candidatures.getByReference(chosen.reference());
        p.proposal = proposalText(p, chosen, result, campaign, familyCounts, bounds);
        p.state = Promotion.State.AWAITING_FIRST;
        ledger.record(campaign, chosen.reference(), DecisionLedgerEntry.Event.PROMOTION_PROPOSED, DecisionOutcome.RETAINED,
                texts.ledger_proposed(reference) + "\u00a0: " + p.proposal, AUTOMATIC, now);
        LOG.infof("Désistement de %s\u00a0: %s proposé", reference, chosen.reference());
        return true;
    }

    private static String familyOf(Decision d) {
        return d.candidature.family == null ? null : d.candidature.family.code;
    }

    private String familyLabel(Campaign campaign, String code) {
        return campaign.families.stream().filter(f -> f.code.equals(code)).map(f -> f.label).findFirst().orElse(code);
    }

    private String skipText(WaitlistRule.Skip s, WaitlistRule.Result result, Campaign campaign) {
        String rank = Ranking.ordinalOf(s.file().rank());
        return switch (s.why()) {
            case BUDGET -> texts.skip_budget(s.file().reference(), rank, FrenchFormat.euros(amount(s.file().amount())),
                    FrenchFormat.euros(result.budgetLeft()));
            case FAMILY_MAX -> texts.skip_family_max(s.file().reference(), rank, familyLabel(campaign, s.file().family()));
            case FAMILY_MIN -> texts.skip_family_min(s.file().reference(), rank, familyLabel(campaign, result.requiredFamily()));
        };
    }

    private String proposalText(Promotion p, WaitlistRule.Waiting chosen, WaitlistRule.Result result, Campaign campaign,
                                Map<String, Integer> familyCounts, Map<String, WaitlistRule.Bounds> bounds) {
        String budget = result.budgetLeft() == null ? ""
                : texts.proposal_budget(FrenchFormat.euros(amount(chosen.amount())), FrenchFormat.euros(result.budgetLeft()));
        String family = "";
        if (chosen.family() != null) {
            WaitlistRule.Bounds b = bounds.get(chosen.family());
            String bound = (b != null && b.max() != null ? texts.bound_max(b.max()) : "")
                    + (chosen.family().equals(result.requiredFamily()) && b != null && b.min() != null ? texts.bound_min(b.min()) : "");
            family = texts.proposal_family(familyLabel(campaign, chosen.family()), familyCounts.getOrDefault(chosen.family(), 0),
                    bound);
        }
        Track track = campaign.tracks.stream().filter(t -> t.code.equals(p.trackCode)).findFirst().orElseThrow();
        return texts.proposal(chosen.reference(), track.label, p.withdrawn.reference, Ranking.ordinalOf(chosen.rank()),
                result.seatsFree(), budget, family);
    }

    private static long amount(Long amount) {
        return amount == null ? 0 : amount;
    }

    /**
     * {@code POST /api/renunciations/{ref}/approval}: completes {@code Task_ApprovePromotionFirst}, or
     * {@code Task_ApprovePromotionSecond} for an administrator who did not give the first approval (four eyes, else 409).
     * The second approval promotes the file in the same transaction ({@code Task_PromoteWaitlisted}).
     */
    @Transactional
    public PromotionView approve(Actor admin, String reference) {
        Promotion p = lock(reference);
        Instant now = clock.now();
        // four eyes on both sides of the seat: nobody of the renouncing organisation approves who takes it
        if (admin.username().equals(p.withdrawnBy)
                || (admin.organisationId() != null && admin.organisationId().equals(p.withdrawn.organisation.id))) {
            throw AmiException.conflict(texts.renouncing_side());
        }
        if (p.state == Promotion.State.AWAITING_FIRST) {
            p.firstApprover = admin.subject();
            p.firstApproverName = admin.fullName();
            p.firstApprovedAt = now;
            p.state = Promotion.State.AWAITING_SECOND;
            complete(p, ProcessVariables.TASK_APPROVE_PROMOTION_FIRST, true);
            ledger.record(p.campaign, p.proposed.reference, DecisionLedgerEntry.Event.PROMOTION_APPROVED, DecisionOutcome.RETAINED,
                    texts.ledger_first(reference), admin.username(), now);
        } else if (p.state == Promotion.State.AWAITING_SECOND) {
            if (admin.subject().equals(p.firstApprover)) {
                throw AmiException.conflict(texts.same_approver());
            }
            if (admin.fullName().equals(admin.username())) {
                throw AmiException.conflict(texts.unnamed_approver());
            }
            p.secondApprover = admin.subject();
            p.secondApproverName = admin.fullName();
            p.secondApprovedAt = now;
            ledger.record(p.campaign, p.proposed.reference, DecisionLedgerEntry.Event.PROMOTION_APPROVED, DecisionOutcome.RETAINED,
                    texts.ledger_second(reference), admin.username(), now);
            complete(p, ProcessVariables.TASK_APPROVE_PROMOTION_SECOND, true);
        } else {
            throw AmiException.conflict(texts.not_awaiting(reference, p.state.label));
        }
        LOG.infof("Promotion de %s à la place de %s approuvée par %s", p.proposed.reference, reference, admin.username());
        return view(p);
    }

    /** {@code POST /api/renunciations/{ref}/rejection}: either administrator rejects the promotion, with a reason. */
    @Transactional
    public PromotionView reject(Actor admin, String reference, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw AmiException.invalid("reason", texts.rejection_reason_required());
        }
        Promotion p = lock(reference);
        if (!p.state.awaitsApproval()) {
            throw AmiException.conflict(texts.not_awaiting(reference, p.state.label));
        }
        String task = p.state == Promotion.State.AWAITING_FIRST ? ProcessVariables.TASK_APPROVE_PROMOTION_FIRST
                : ProcessVariables.TASK_APPROVE_PROMOTION_SECOND;
        Instant now = clock.now();
        p.state = Promotion.State.REJECTED;
        p.rejectedBy = admin.fullName();
        p.rejectionReason = why;
        p.rejectedAt = now;
        complete(p, task, false);
        ledger.record(p.campaign, p.proposed.reference, DecisionLedgerEntry.Event.PROMOTION_REJECTED, DecisionOutcome.WAITLISTED,
                texts.ledger_rejected(reference, why), admin.username(), now);
        LOG.infof("Promotion de %s à la place de %s rejetée par %s", p.proposed.reference, reference, admin.username());
        return view(p);
    }

    private Promotion lock(String reference) {
        Promotion found = promotions.ofWithdrawn(reference).orElseThrow(() -> AmiException.notFound(texts.unknown(reference)));
        campaigns.lockByCode(found.campaign.code);
        return found;
    }

    private void complete(Promotion p, String task, boolean approved) {
        if (!workflow.completeTask(OpenTask.of(ProcessVariables.renunciationKey(p.withdrawn.reference), task),
                Map.of(ProcessVariables.PROMOTION_APPROVED, approved))) {
            throw AmiException.conflict(texts.not_awaiting(p.withdrawn.reference, p.state.label));
        }
    }

    /**
     * {@code Task_PromoteWaitlisted}: after the second approval, the proposed file is retained (ledger line), and the
     * panorama's working entries take it in.
     */
    @Transactional
    public void promote(String reference) {
        Promotion p = promotions.ofWithdrawn(reference).orElseThrow();
        Campaign campaign = campaigns.lockByCode(p.campaign.code);
        Candidature file = candidatures.lockByReference(p.proposed.reference);
        Decision decision = decisions.ofFile(file.reference).orElseThrow();
        Instant now = clock.now();
        Track track = campaign.tracks.stream().filter(t -> t.code.equals(p.trackCode)).findFirst().orElseThrow();
        decision.outcome = DecisionOutcome.RETAINED;
        decision.motivation = texts.promoted_motivation(track.label, reference, p.proposal, decision.rankExplanation).strip();
        decision.departs = decision.outcome != decision.proposedOutcome;
        decision.updatedBy = p.secondApproverName;
        decision.updatedAt = now;
        file.moveTo(CandidatureState.RETAINED, ActorKind.ADMINISTRATION, p.secondApproverName, now, decision.motivation);
        ledger.record(campaign, file.reference, DecisionLedgerEntry.Event.PROMOTED, DecisionOutcome.RETAINED, decision.motivation,
                p.secondApproverName, now);
        p.state = Promotion.State.PROMOTED;
        refreshPanorama(campaign);
    }

    /** {@code Task_WritePromotionLetter}: the promoted file's decision letter, signed by the second approver. */
    public void writePromotionLetter(String reference) {
        String[] promoted = new String[1];
        Instant[] at = new Instant[1];
        String[] signatory = new String[1];
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            Promotion p = promotions.ofWithdrawn(reference).orElseThrow();
            promoted[0] = p.proposed.reference;
            at[0] = p.secondApprovedAt;
            signatory[0] = p.secondApproverName;
        });
        letters.writeLaterLetter(promoted[0], DocumentKind.PROMOTION_LETTER, at[0], signatory[0]);
    }

    /** {@code Task_SendPromotionLetter}: mailed to the promoted file's contact, once. */
    public void sendPromotionLetter(String reference) {
        String promoted = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> promotions.ofWithdrawn(reference).orElseThrow().proposed.reference);
        outbox.send(promoted, DocumentKind.PROMOTION_LETTER);
    }

    /** {@code GET /api/campaigns/{code}/waitlist}: the campaign's renunciations, the latest first (administrators). */
    @Transactional
    public List<PromotionView> ofCampaign(String code) {
        campaigns.getByCode(code);
        return promotions.ofCampaign(code).stream().map(this::view).toList();
    }

    /** {@code GET /api/renunciations/{ref}}: one renunciation and its promotion (administrators). */
    @Transactional
    public PromotionView get(String reference) {
        return view(promotions.ofWithdrawn(reference).orElseThrow(() -> AmiException.notFound(texts.unknown(reference))));
    }

    /** The file a member of its organisation may renounce, for the confirmation page; 404 for anyone else. */
    public record Target(String reference, String solution, String campaignTitle) {
    }

    /** The file as the confirmation page shows it, to a member of its organisation only (404 otherwise). */
    @Transactional
    public Target target(Actor actor, String reference) {
        Candidature file = candidatures.findByReference(reference).filter(c -> actor.belongsTo(c.organisation.id))
                .orElseThrow(() -> CandidatureRepository.unknown(reference));
        return new Target(file.reference, file.solutionName, file.campaign.title);
    }

    /** Why this administrator may not approve the promotion that follows this renunciation now, or empty if they may. */
    @Transactional
    public Optional<String> approvalBarred(Actor admin, String reference) {
        Promotion p = promotions.ofWithdrawn(reference).orElseThrow(() -> AmiException.notFound(texts.unknown(reference)));
        if (!p.state.awaitsApproval()) {
            return Optional.of(texts.not_awaiting(reference, p.state.label));
        }
        if (p.state == Promotion.State.AWAITING_SECOND && admin.subject().equals(p.firstApprover)) {
            return Optional.of(texts.same_approver());
        }
        return Optional.empty();
    }

    PromotionView view(Promotion p) {
        Candidature w = p.withdrawn;
        Candidature c = p.proposed;
        String trackLabel = p.campaign.tracks.stream().filter(t -> t.code.equals(p.trackCode)).map(t -> t.label).findFirst()
                .orElse(p.trackCode);
        return new PromotionView(p.campaign.code, w.reference, w.solutionName, w.organisation.legalName, p.trackCode, trackLabel,
                p.reason,
                p.withdrawnBy, p.withdrawnAt, p.state.name(), p.state.label, c == null ? null : c.reference,
                c == null ? null : c.solutionName, c == null ? null : c.organisation.legalName, p.proposal,
                p.skipped == null ? List.of() : List.of(p.skipped.split("\n")), p.noneFits, p.firstApproverName, p.firstApprovedAt,
                p.secondApproverName, p.secondApprovedAt, p.rejectedBy, p.rejectionReason, p.rejectedAt);
    }
}
