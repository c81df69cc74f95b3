package fr.amiengine.evaluation.committee;

import fr.amiengine.identity.OrganisationMemberRepository;
import fr.amiengine.submission.Candidature;
import fr.amiengine.submission.CandidatureRepository;
import fr.amiengine.submission.CandidatureState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The members and the files as {@link ConflictRules} reads them: a member's declared links and the organisation their
 * account acts for, a file's organisation and author. The committee's pages list the conflicts detected; the
 * assignment keeps members off the files these rules rule out.
 */
@ApplicationScoped
public class MemberConflicts {

    @Inject
    OrganisationMemberRepository organisationMembers;

    @Inject
    CandidatureRepository candidatures;

    /** Who the members are, as far as conflicts go: their declared links and the organisation their account acts for. */
    public List<ConflictRules.Member> profiles(List<Evaluator> members) {
        return members.stream().map(this::profile).toList();
    }

    public ConflictRules.Member profile(Evaluator evaluator) {
        Map<String, ConflictKind> declared = evaluator.links.stream()
                .collect(Collectors.toMap(l -> l.siren, l -> l.kind, (first, second) -> first, LinkedHashMap::new));
        Optional<String> own = organisationMembers.findBySubject(evaluator.subject).map(m -> m.organisation.siren);
        return new ConflictRules.Member(String.valueOf(evaluator.id), evaluator.username, evaluator.administration, declared, own);
    }

    public static ConflictRules.File fileOf(Candidature file) {
        return new ConflictRules.File(file.reference, file.organisation.siren, file.organisation.legalName, file.organisation.kind,
                file.createdBy);
    }

    /**
     * The conflicts detected (not declared) for each member of a campaign's committee, on its files that were
     * submitted and not set aside, for the administrators and for the members themselves.
     */
    public Map<Long, List<ConflictRules.Conflict>> detected(String code, List<Evaluator> members) {
        List<ConflictRules.File> files = candidatures.list("campaign.code = ?1 and state not in ?2 order by reference", code,
                EnumSet.of(CandidatureState.DRAFT, CandidatureState.WITHDRAWN, CandidatureState.INADMISSIBLE))
                .stream().map(MemberConflicts::fileOf).toList();
        Map<Long, List<ConflictRules.Conflict>> detected = new LinkedHashMap<>();
        members.forEach(e -> detected.put(e.id, ConflictRules.detected(profile(e), files)));
        return detected;
    }
}
