package fr.amiengine.needs;

import fr.amiengine.identity.Actor;
import fr.amiengine.identity.Organisation;
import fr.amiengine.identity.OrganisationKind;
import fr.amiengine.identity.OrganisationRepository;
import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.FieldError;
import fr.amiengine.shared.ServerClock;
import fr.amiengine.submission.solution.DeploymentMode;
import fr.amiengine.submission.solution.SecurityQualification;
import fr.amiengine.workflow.RetryOnConcurrentChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The census of needs, on the administrations' side: a member of a verified administration declares a need, edits
 * it (with the version read, so that two editors never overwrite each other unknowingly) and closes it. A need is
 * its administration's alone: to anybody else it does not exist.
 */
@ApplicationScoped
@RetryOnConcurrentChange
public class NeedService {

    private static final Logger LOG = Logger.getLogger(NeedService.class);

    @Inject
    NeedRepository needs;

    @Inject
    OrganisationRepository organisations;

    @Inject
    ServerClock clock;

    @Inject
    NeedTexts texts;

    /** Declares a need in the name of the actor's administration; its reference is BES-0001, BES-0002… */
    @Transactional
    public NeedView declare(Actor actor, NeedRequest request) {
        Organisation administration = administrationOf(actor);
        NeedFamily family = checked(request);
        Need need = new Need();
        need.organisation = administration;
        need.author = actor.subject();
        apply(need, request, family);
        need.createdAt = clock.now();
        need.updatedAt = need.createdAt;
        need.reference = "BES-%04d".formatted(needs.nextReferenceNumber());
        needs.persist(need);
        LOG.infof("Besoin %s déclaré par %s pour %s", need.reference, actor.username(), administration.legalName);
        return NeedView.of(need);
    }

    /** The needs of the actor's administration, the open ones first. */
    @Transactional
    public List<NeedView> mine(Actor actor) {
        return needs.ofOrganisation(administrationOf(actor).id).stream().map(NeedView::of).toList();
    }

    @Transactional
    public NeedView one(Actor actor, String reference) {
        return NeedView.of(ownNeed(actor, reference));
    }

    /** Edits an open need; {@code request.version()} must be the current one (409 otherwise), nothing changes on a refusal. */
    @Transactional
    public NeedView edit(Actor actor, String reference, NeedRequest request) {
        Need need = ownNeed(actor, reference);
        if (need.state != NeedState.OPEN) {
            throw AmiException.conflict(texts.error_closed(need.reference));
        }
        if (request.version() == null) {
            throw AmiException.invalid("version", texts.error_version_required());
        }
        if (request.version() != need.version) {
            throw AmiException.conflict(texts.error_stale(need.reference, request.version(), need.version));
        }
        NeedFamily family = checked(request);
        apply(need, request, family);
        need.updatedAt = clock.now();
        needs.flush();
        LOG.infof("Besoin %s modifié par %s", need.reference, actor.username());
        return NeedView.of(need);
    }

    /** Closes an open need: it leaves the public census and becomes read-only. */
    @Transactional
    public NeedView close(Actor actor, String reference) {
        Need need = ownNeed(actor, reference);
        if (need.state != NeedState.OPEN) {
            throw AmiException.conflict(texts.error_closed(need.reference));
        }
        need.state = NeedState.CLOSED;
        need.closedAt = clock.now();
        need.updatedAt = need.closedAt;
        needs.flush();
        LOG.infof("Besoin %s clos par %s", need.reference, actor.username());
        return NeedView.of(need);
    }

    /** The families a need may name: those of the published panoramas. */
    @Transactional
    public List<NeedFamily> families() {
        return needs.publishedFamilies();
    }

    /**
     * Whether the actor may declare needs (a member of a verified administration), so that the pages offer the census
     * only to those it accepts.
     */
    @Transactional
    public boolean mayDeclare(Actor actor) {
        Organisation organisation = actor.organisationId() == null ? null : organisations.findById(actor.organisationId());
        return organisation != null && organisation.kind == OrganisationKind.ADMINISTRATION && organisation.isVerified();
    }

    /**
     * The administration the actor acts for, once verified; a French 403 that says what to do otherwise: the census
     * counts what public bodies need, so a company does not declare, and anybody may declare an administration under
     * any name, so its members declare only once an administrator has verified it.
     */
    @Transactional
    public Organisation administrationOf(Actor actor) {
        Organisation organisation = actor.organisationId() == null ? null : organisations.findById(actor.organisationId());
        if (organisation == null) {
            throw AmiException.forbidden(texts.error_no_organisation());
        }
        if (organisation.kind != OrganisationKind.ADMINISTRATION) {
            throw AmiException.forbidden(texts.error_company(organisation.legalName));
        }
        if (!organisation.isVerified()) {
            throw AmiException.forbidden(texts.error_unverified(organisation.legalName, organisation.siren));
        }
        return organisation;
    }

    /** A need of the actor's administration; another's answers 404 as an unknown one, so that none is disclosed. */
    private Need ownNeed(Actor actor, String reference) {
        Organisation administration = administrationOf(actor);
        return needs.byReference(reference).filter(n -> n.organisation.id.equals(administration.id))
                .orElseThrow(() -> AmiException.notFound(texts.error_not_found(reference)));
    }

    /** The rules Bean Validation cannot check alone: a published family, a budget range in order; all errors at once. */
    private NeedFamily checked(NeedRequest request) {
        List<FieldError> errors = new ArrayList<>();
        List<NeedFamily> families = needs.publishedFamilies();
        Optional<NeedFamily> family = families.stream().filter(f -> f.code().equals(request.familyCode().strip())).findFirst();
        if (family.isEmpty()) {
            errors.add(new FieldError("familyCode", families.isEmpty() ? texts.error_no_family()
                    : texts.error_family(request.familyCode().strip(),
                            families.stream().map(NeedFamily::label).collect(Collectors.joining(", ")))));
        }
        if (request.budgetMinEuros() != null && request.budgetMaxEuros() != null
                && request.budgetMinEuros() > request.budgetMaxEuros()) {
            errors.add(new FieldError("budgetMaxEuros", texts.error_budget()));
        }
        if (!errors.isEmpty()) {
            throw AmiException.invalid(errors.size() == 1 ? errors.get(0).message() : texts.error_many(errors.size()), errors);
        }
        return family.get();
    }

    private static void apply(Need need, NeedRequest r, NeedFamily family) {
        need.title = r.title().strip();
        need.mission = r.mission().strip();
        need.context = r.context().strip();
        need.familyCode = family.code();
        need.familyLabel = family.label();
        need.administrationType = r.administrationType();
        need.ministry = r.ministry().strip().replaceAll("\\s+", " ");
        need.usersCount = r.usersCount();
        need.documentsPerYear = r.documentsPerYear();
        need.hostingRequired = r.hostingRequired();
        need.securityRequired = r.securityRequired() == null || r.securityRequired().isEmpty()
                ? EnumSet.noneOf(SecurityQualification.class) : EnumSet.copyOf(r.securityRequired());
        need.accessibilityRequired = r.accessibilityRequired();
        need.deploymentModesAccepted = r.deploymentModesAccepted() == null || r.deploymentModesAccepted().isEmpty()
                ? EnumSet.noneOf(DeploymentMode.class) : EnumSet.copyOf(r.deploymentModesAccepted());
        need.identityFederationRequired = blankToNull(r.identityFederationRequired());
        need.horizon = r.horizon();
        need.budgetMinEuros = r.budgetMinEuros();
        need.budgetMaxEuros = r.budgetMaxEuros();
        need.privateNotes = blankToNull(r.privateNotes());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
