package fr.amiengine.evaluation.committee;

import fr.amiengine.campaign.Campaign;
import fr.amiengine.campaign.CampaignRepository;
import fr.amiengine.campaign.CampaignState;
import fr.amiengine.identity.Actor;
import fr.amiengine.identity.OrganisationRepository;
import fr.amiengine.identity.Roles;
import fr.amiengine.identity.Siren;
import fr.amiengine.identity.UserDirectory;
import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.FieldError;
import fr.amiengine.shared.ServerClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The committee: administrators invite members (found in Keycloak with a verified address, or created there and
 * mailed a link to verify it), members declare their conflicts of interest before they see any file.
 */
@ApplicationScoped
public class EvaluatorService {

    private static final Logger LOG = Logger.getLogger(EvaluatorService.class);

    /**
     * An invited member; {@code accountCreated} when no account held the address: Keycloak mailed its owner the link
     * to verify it and choose a password.
     */
    public record Invited(EvaluatorView evaluator, boolean accountCreated) {
    }

    @Inject
    EvaluatorRepository evaluators;

    @Inject
    CampaignRepository campaigns;

    @Inject
    UserDirectory directory;

    @Inject
    MemberConflicts conflicts;

    @Inject
    ConflictWithdrawal withdrawal;

    @Inject
    ServerClock clock;

    @Inject
    OrganisationRepository organisations;

    @Transactional
    public Invited invite(Actor admin, String code, EvaluatorRequests.Invitation request) {
        Campaign campaign = campaigns.getByCode(code);
        if (EnumSet.of(CampaignState.DECIDED, CampaignState.PUBLISHED).contains(campaign.state)) {
            throw AmiException.conflict("Les décisions de la campagne " + code + " sont prises\u00a0: le comité est clos.");
        }
        List<String> families = request.families() == null ? List.of() : request.families();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < families.size(); i++) {
            if (campaign.family(families.get(i)).isEmpty()) {
                errors.add(new FieldError("families[" + i + "]", "La famille «\u00a0" + families.get(i) + "\u00a0» n’existe pas dans cette campagne"));
            }
        }
        if (!errors.isEmpty()) {
            throw AmiException.invalid(errors.get(0).message(), errors);
        }
        String email = request.email().strip().toLowerCase();
        // before anything is asked of Keycloak: a member is not invited twice, nor mailed again
        evaluators.find("campaign.code = ?1 and lower(email) = ?2", code, email).firstResultOptional().ifPresent(member -> {
            throw AmiException.conflict(member.displayName + " est déjà membre du comité de la campagne " + code + ".");
        });
        // an unverified account is ours to mail again only if an earlier invitation created it
        UserDirectory.Account account = directory.findOrInvite(email, request.firstName().strip(),
                request.lastName().strip(), Roles.EVALUATOR, subject -> !evaluators.memberships(subject).isEmpty());
        if (evaluators.member(code, account.subject()).isPresent()) {
            throw AmiException.conflict(account.displayName() + " est déjà membre du comité de la campagne " + code + ".");
        }
        Evaluator evaluator = new Evaluator();
        evaluator.campaign = campaign;
        evaluator.subject = account.subject();
        evaluator.username = account.username();
        evaluator.email = account.email();
        evaluator.displayName = account.displayName();
        evaluator.administration = request.administration().strip();
        evaluator.families = String.join(",", families);
        evaluator.maxFiles = request.maxFiles();
        evaluator.invitedAt = clock.now();
        evaluator.invitedBy = admin.username();
        evaluators.persist(evaluator);
        LOG.infof("%s invité au comité de %s par %s", account.email(), code, admin.username());
        return new Invited(view(evaluator), account.created());
    }

    /** The committee, each member with the conflicts detected on the campaign's files. */
    public List<EvaluatorView> ofCampaign(String code) {
        campaigns.getByCode(code);
        List<Evaluator> members = evaluators.ofCampaign(code);
        Map<Long, List<ConflictRules.Conflict>> detected = conflicts.detected(code, members);
        Map<String, String> names = organisations.namesBySiren(members.stream()
                .flatMap(e -> e.links.stream().map(l -> l.siren)).collect(java.util.stream.Collectors.toSet()));
        return members.stream().map(e -> EvaluatorView.of(e, detected.get(e.id), names)).toList();
    }

    /** One member, with the conflicts detected on the campaign's files. */
    EvaluatorView view(Evaluator evaluator) {
        return EvaluatorView.of(evaluator, conflicts.detected(evaluator.campaign.code, List.of(evaluator)).get(evaluator.id),
                namesOf(evaluator));
    }

    /** The actor's membership of the campaign's committee; 403 for anyone else. */
    public Evaluator memberOf(Actor actor, String code) {
        return evaluators.member(code, actor.subject())
                .orElseThrow(() -> AmiException.forbidden("Vous n’êtes pas membre du comité de la campagne " + code + "."));
    }

    public List<MyCommitteeView> committeesOf(Actor actor) {
        return evaluators.memberships(actor.subject()).stream().map(e -> new MyCommitteeView(e.id, e.campaign.code,
                e.campaign.title, e.hasDeclared(), e.declarationCompletedAt)).toList();
    }

    /**
     * Records links to organisations. A link declared after files were given withdraws the member from the files
     * of that organisation, which go to someone else.
     */
    @Transactional
    public EvaluatorView declare(Actor actor, String code, EvaluatorRequests.Declaration declaration) {
        Evaluator evaluator = memberOf(actor, code);
        List<EvaluatorRequests.Link> links = declaration.links() == null ? List.of() : declaration.links();
        for (EvaluatorRequests.Link link : links) {
            String siren = Siren.normalise(link.siren());
            if (evaluator.links.stream().noneMatch(l -> l.siren.equals(siren))) {
                ConflictLink added = new ConflictLink();
                added.evaluator = evaluator;
                added.siren = siren;
                added.kind = link.kind();
                added.note = link.note() == null || link.note().isBlank() ? null : link.note().strip();
                added.declaredAt = clock.now();
                evaluator.links.add(added);
            }
        }
        if (declaration.complete() && evaluator.declarationCompletedAt == null) {
            evaluator.declarationCompletedAt = clock.now();
        }
        withdrawal.withdrawConflicted(evaluator);
        // the detected conflicts name files of the campaign: the administrators' to see, not the member's
        return EvaluatorView.of(evaluator, List.of(), namesOf(evaluator));
    }

    private Map<String, String> namesOf(Evaluator evaluator) {
        return organisations.namesBySiren(evaluator.links.stream().map(l -> l.siren).collect(java.util.stream.Collectors.toSet()));
    }
}
