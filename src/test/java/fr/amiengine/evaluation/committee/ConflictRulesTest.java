package fr.amiengine.evaluation.committee;

import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.evaluation.assignment.AssignmentSolver;
import fr.amiengine.evaluation.assignment.AssignmentSolver.FileNeed;
import fr.amiengine.evaluation.assignment.AssignmentSolver.Pick;
import fr.amiengine.evaluation.assignment.AssignmentSolver.Reviewer;
import fr.amiengine.evaluation.committee.ConflictRules.File;
import fr.amiengine.evaluation.committee.ConflictRules.Member;
import fr.amiengine.identity.OrganisationKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The conflicts detected beside the declared ones, and what the solver receives from them. */
class ConflictRulesTest {

    private static final File MINISTRY = new File("F-1", "110000007", "Ministère de l’Intérieur", OrganisationKind.ADMINISTRATION,
            "contact-ministere");
    private static final File COMPANY = new File("F-2", "123456782", "Alpha IA", OrganisationKind.COMPANY, "camille");

    @Test
    void anAccountThatActsForTheCandidateOrganisationMayNotEvaluateItsFiles() {
        Member candidateAndEvaluator = member("E1", "camille", "Inspection générale", Optional.of("123456782"));

        assertThat(ConflictRules.conflict(candidateAndEvaluator, COMPANY)).hasValueSatisfying(c -> {
            assertThat(c.declared()).isFalse();
            assertThat(c.reason()).contains("organisation candidate «\u00a0Alpha IA\u00a0»", "candidat", "évaluateur");
        });
        assertThat(ConflictRules.conflict(candidateAndEvaluator, MINISTRY)).isEmpty();
    }

    @Test
    void theAuthorOfAFileMayNotEvaluateIt() {
        Member author = member("E1", "contact-ministere", "Autre direction", Optional.empty());

        assertThat(ConflictRules.conflict(author, MINISTRY)).hasValueSatisfying(c -> assertThat(c.reason()).contains("déposé"));
    }

    @Test
    void aMemberMayNotEvaluateTheAdministrationTheyComeFromWhateverTheCaseOrAccents() {
        Member fromTheMinistry = member("E1", "marc", "MINISTERE DE L’INTERIEUR", Optional.empty());
        File companyOfTheSameName = new File("F-3", "876543216", "Ministère de l’Intérieur", OrganisationKind.COMPANY, "x");

        assertThat(ConflictRules.conflict(fromTheMinistry, MINISTRY))
                .hasValueSatisfying(c -> assertThat(c.reason()).contains("administration d’origine"));
        assertThat(ConflictRules.conflict(fromTheMinistry, companyOfTheSameName)).as("seule une administration candidate").isEmpty();
        assertThat(ConflictRules.conflict(member("E2", "sophie", "Ministère de la Santé", Optional.empty()), MINISTRY)).isEmpty();
    }

    @Test
    void aDeclaredLinkComesFirstAndIsNotCountedAsDetected() {
        Member declared = new Member("E1", "camille", "Alpha IA", Map.of("123456782", ConflictKind.LINK), Optional.of("123456782"));

        assertThat(ConflictRules.conflict(declared, COMPANY)).hasValueSatisfying(c -> {
            assertThat(c.declared()).isTrue();
            assertThat(c.reason()).contains("a déclaré un lien");
        });
        assertThat(ConflictRules.detected(declared, List.of(COMPANY, MINISTRY))).isEmpty();
    }

    @Test
    void theSolverNeverPairsAMemberWithAFileTheRulesRuleOut() {
        List<Member> members = List.of(
                member("E0", "camille", "Inspection générale", Optional.of("123456782")),
                member("E1", "marc", "Ministère de l’intérieur", Optional.empty()),
                member("E2", "sophie", "Santé", Optional.empty()),
                member("E3", "karim", "Économie", Optional.empty()));
        List<File> files = List.of(MINISTRY, COMPANY);
        List<FileNeed> needs = files.stream()
                .map(f -> new FileNeed(f.reference(), "DOC", 2, ConflictRules.ruledOut(f, members), Set.of())).toList();

        assertThat(needs.get(0).conflicted()).containsExactly("E1");
        assertThat(needs.get(1).conflicted()).containsExactly("E0");
        List<Pick> picks = AssignmentSolver.solve(needs, members.stream()
                .map(m -> new Reviewer(m.id(), m.username(), Set.of("DOC"), null, 0)).toList()).picks();
        assertThat(picks).hasSize(4)
                .noneMatch(p -> p.reference().equals("F-1") && p.evaluatorId().equals("E1"))
                .noneMatch(p -> p.reference().equals("F-2") && p.evaluatorId().equals("E0"));
    }

    private static Member member(String id, String username, String administration, Optional<String> ownSiren) {
        return new Member(id, username, administration, Map.of(), ownSiren);
    }
}
