package fr.amiengine.identity;

import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.FrenchFormat;
import fr.amiengine.shared.ServerClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Declares the organisation an account acts for; administrators verify the administrations. */
@ApplicationScoped
public class OrganisationService {

    private static final Logger LOG = Logger.getLogger(OrganisationService.class);

    @Inject
    OrganisationRepository organisations;

    @Inject
    OrganisationMemberRepository members;

    @Inject
    ServerClock clock;

    /** The organisation the account acts for, if it declared one. */
    public Optional<OrganisationView> of(Actor actor) {
        return members.findBySubject(actor.subject()).map(m -> OrganisationView.of(m.organisation));
    }

    /**
     * Links the account to a new organisation. A SIREN already declared by another account is refused:
     * joining an existing organisation would open its files, so it needs an invitation, not a form.
     */
    @Transactional
    public OrganisationView declare(Actor actor, String email, OrganisationRequest request) {
        members.findBySubject(actor.subject()).ifPresent(m -> {
            throw AmiException.conflict("Votre compte est déjà rattaché à l’organisation «\u00a0"
                    + m.organisation.legalName + "\u00a0» (SIREN " + m.organisation.siren + ").");
        });
        String siren = Siren.normalise(request.siren());
        if (organisations.findBySiren(siren).isPresent()) {
            // Joining an organisation declared by another account would open its files: refused, and worded
            // so as to say no more than needed.
            throw AmiException.conflict("Ce SIREN ne peut pas être rattaché à votre compte. Si votre organisation utilise "
                    + "déjà la plateforme, demandez à la personne qui l’a déclarée de vous inviter, ou écrivez à "
                    + "l’équipe de la campagne.");
        }
        Organisation organisation = new Organisation();
        organisation.siren = siren;
        organisation.legalName = request.legalName().strip();
        organisation.kind = request.kind();
        organisation.createdAt = clock.now();
        organisations.persist(organisation);
        link(actor, email, organisation);
        return OrganisationView.of(organisation);
    }

    /**
     * The members of an organisation change what they declared: only the organisation the account acts for can be
     * changed this way. A new SIREN is checked as on the declaration (its key, and no other organisation has it); an
     * administration whose SIREN changes is no longer verified, since what was verified was the former one.
     */
    @Transactional
    public OrganisationView update(Actor actor, OrganisationUpdate request) {
        Organisation organisation = members.findBySubject(actor.subject()).map(m -> m.organisation)
                .orElseThrow(() -> AmiException.notFound("Votre compte n’est rattaché à aucune organisation."));
        String siren = Siren.normalise(request.siren());
        if (!siren.equals(organisation.siren)) {
            if (organisations.findBySiren(siren).isPresent()) {
                throw AmiException.conflict("Ce SIREN est déjà celui d’une autre organisation\u00a0: il ne peut pas être donné "
                        + "à la vôtre. Écrivez à l’équipe de la campagne si c’est une erreur.");
            }
            LOG.infof("Organisation n° %d\u00a0: SIREN %s remplacé par %s par %s", organisation.id, organisation.siren, siren,
                    actor.username());
            organisation.siren = siren;
            organisation.verifiedAt = null;
            organisation.verifiedBy = null;
        }
        organisation.legalName = request.legalName().strip();
        organisation.postalAddress = blankToNull(request.postalAddress());
        organisation.contactEmail = blankToNull(request.contactEmail());
        organisation.contactPhone = blankToNull(request.contactPhone());
        return OrganisationView.of(organisation);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * An administrator verifies that an organisation declared as an administration is the one it claims to be
     * (its SIREN in the public register, the person's mandate): from then on its members may sign deployment feedback
     * in its name. Who and when are kept; a second verification, or one of a company, is refused.
     */
    @Transactional
    public OrganisationView verify(Actor admin, Long id) {
        Organisation organisation = organisations.findByIdOptional(id)
                .orElseThrow(() -> AmiException.notFound("Aucune organisation n° " + id + "."));
        if (organisation.kind != OrganisationKind.ADMINISTRATION) {
            throw AmiException.conflict("«\u00a0" + organisation.legalName + "\u00a0» est déclarée comme entreprise\u00a0: seule une "
                    + "administration ou un établissement public se vérifie, pour signer des retours d’expérience.");
        }
        if (organisation.isVerified()) {
            throw AmiException.conflict("«\u00a0" + organisation.legalName + "\u00a0» est déjà vérifiée, par " + organisation.verifiedBy
                    + " le " + FrenchFormat.dateTime(organisation.verifiedAt) + ".");
        }
        organisation.verifiedAt = clock.now();
        organisation.verifiedBy = admin.username();
        LOG.infof("Administration «\u00a0%s\u00a0» (SIREN %s) vérifiée par %s", organisation.legalName, organisation.siren,
                admin.username());
        return OrganisationView.of(organisation);
    }

    /** The organisations declared as administrations, those awaiting verification first, for the administrators. */
    public List<OrganisationView> administrations() {
        return organisations.list("kind = ?1 order by verifiedAt nulls first, legalName", OrganisationKind.ADMINISTRATION)
                .stream().map(OrganisationView::of).toList();
    }

    /** Attaches an account to an existing organisation (used by the demo seeder and, later, invitations). */
    @Transactional
    public void link(Actor actor, String email, Organisation organisation) {
        OrganisationMember member = new OrganisationMember();
        member.subject = actor.subject();
        member.username = actor.username();
        member.email = email;
        member.organisation = organisation;
        member.joinedAt = clock.now();
        members.persist(member);
    }
}
