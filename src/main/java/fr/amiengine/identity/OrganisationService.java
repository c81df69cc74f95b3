package fr.amiengine.identity;

import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.ServerClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Declares the organisation an account acts for. */
@ApplicationScoped
public class OrganisationService {

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
            throw AmiException.conflict("Votre compte est déjà rattaché à l'organisation « "
                    + m.organisation.legalName + " » (SIREN " + m.organisation.siren + ").");
        });
        String siren = Siren.normalise(request.siren());
        if (organisations.findBySiren(siren).isPresent()) {
            // Joining an organisation declared by another account would open its files: refused, and worded
            // so as to say no more than needed.
            throw AmiException.conflict("Ce SIREN ne peut pas être rattaché à votre compte. Si votre organisation utilise "
                    + "déjà la plateforme, demandez à la personne qui l'a déclarée de vous inviter, ou écrivez à "
                    + "l'équipe de la campagne.");
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
