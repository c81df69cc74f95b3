package fr.amiengine.matching;

import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.matching.MatchingRules.Candidate;
import fr.amiengine.matching.MatchingRules.Match;
import fr.amiengine.matching.MatchingRules.Result;
import fr.amiengine.needs.Need;
import fr.amiengine.publication.PanoramaDocument.Feedback;
import fr.amiengine.publication.PanoramaDocument.Organisation;
import fr.amiengine.publication.PanoramaDocument.Ref;
import fr.amiengine.publication.PanoramaDocument.Solution;
import fr.amiengine.submission.solution.AccessibilityLevel;
import fr.amiengine.submission.solution.DeploymentMode;
import fr.amiengine.submission.solution.HostingLocation;
import fr.amiengine.submission.solution.SecurityQualification;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchingRulesTest {

    private static final Ref DOCUMENTS = new Ref("DOCUMENTS", "Traitement automatique de documents");
    private static final Ref ASSISTANTS = new Ref("ASSISTANTS", "Assistants conversationnels");

    /** A solution hosted in France, SecNumCloud, fully accessible, in SaaS, with ProConnect, of the documents family. */
    private static Solution solution(String name, String summary) {
        return solution(name, summary, DOCUMENTS, ref(HostingLocation.FRANCE.name(), HostingLocation.FRANCE.label),
                List.of(ref(SecurityQualification.SECNUMCLOUD.name(), SecurityQualification.SECNUMCLOUD.label)),
                ref(AccessibilityLevel.FULLY_COMPLIANT.name(), AccessibilityLevel.FULLY_COMPLIANT.label),
                List.of(ref(DeploymentMode.SAAS.name(), DeploymentMode.SAAS.label)), "ProConnect");
    }

    private static Solution solution(String name, String summary, Ref family, Ref hosting, List<Ref> security, Ref accessibility,
                                     List<Ref> modes, String federation) {
        return new Solution("REF-" + name, name, new Organisation("Org " + name, "123456782"), family, null, summary, null,
                modes, hosting, null, null, federation, true, security, accessibility, null, null, null, null, Instant.EPOCH,
                List.of(), List.of());
    }

    private static Ref ref(String code, String label) {
        return new Ref(code, label);
    }

    private static Need need() {
        Need need = new Need();
        need.reference = "BES-TEST";
        need.title = "Transcrire les audiences";
        need.mission = "Rendre la justice plus rapidement";
        need.context = "Les greffiers saisissent à la main les débats des audiences.";
        need.familyCode = DOCUMENTS.code();
        need.familyLabel = DOCUMENTS.label();
        return need;
    }

    private static Candidate candidate(Solution s) {
        return new Candidate("AMI-T", "Appel de test", s);
    }

    @Test
    void franceIsRequiredHostingInTheUnionIsNotEnough() {
        Need need = need();
        need.hostingRequired = HostingLocation.FRANCE;
        Solution eu = solution("Europa", "x", DOCUMENTS, ref("EUROPEAN_UNION", HostingLocation.EUROPEAN_UNION.label), List.of(), null,
                List.of(), null);
        assertThat(MatchingRules.check(need, eu).missed)
                .containsExactly("Hébergement exigé en France\u00a0; la solution est hébergée dans l’Union européenne");
        assertThat(MatchingRules.check(need, solution("Gaule", "x")).passes()).isTrue();
    }

    @Test
    void theUnionIsRequiredFranceAndTheUnionPassOutsideDoesNot() {
        Need need = need();
        need.hostingRequired = HostingLocation.EUROPEAN_UNION;
        assertThat(MatchingRules.check(need, solution("Gaule", "x")).passes()).isTrue();
        assertThat(MatchingRules.check(need, solution("Europa", "x", DOCUMENTS, ref("EUROPEAN_UNION", "Dans l’Union européenne"),
                List.of(), null, List.of(), null)).passes()).isTrue();
        assertThat(MatchingRules.check(need, solution("Ailleurs", "x", DOCUMENTS, ref("OUTSIDE_EUROPEAN_UNION", "Hors de l’Union européenne"),
                List.of(), null, List.of(), null)).missed).containsExactly(
                "Hébergement exigé dans l’Union européenne\u00a0; la solution est hébergée hors de l’Union européenne");
        assertThat(MatchingRules.check(need, solution("Muet", "x", DOCUMENTS, null, List.of(), null, List.of(), null)).missed)
                .singleElement().asString().contains("non déclaré");
    }

    @Test
    void everyRequiredQualificationMustBeHeld() {
        Need need = need();
        need.securityRequired = EnumSet.of(SecurityQualification.SECNUMCLOUD, SecurityQualification.HDS);
        MatchingRules.Check check = MatchingRules.check(need, solution("Gaule", "x"));
        assertThat(check.met).containsExactly("Qualification exigée\u00a0: Qualification SecNumCloud\u00a0: détenue par la solution");
        assertThat(check.missed).containsExactly("Qualification exigée\u00a0: Hébergeur de données de santé (HDS)\u00a0; la solution ne la détient pas");
        assertThat(MatchingRules.check(need, solution("Nue", "x", DOCUMENTS, null, List.of(), null, List.of(), null)).missed)
                .hasSize(2).allMatch(m -> m.contains("non déclaré"));
    }

    @Test
    void accessibilityLevelsAreOrdered() {
        Need fully = need();
        fully.accessibilityRequired = AccessibilityLevel.FULLY_COMPLIANT;
        Need partially = need();
        partially.accessibilityRequired = AccessibilityLevel.PARTIALLY_COMPLIANT;
        Solution partial = solution("Moyen", "x", DOCUMENTS, null, List.of(), ref("PARTIALLY_COMPLIANT", AccessibilityLevel.PARTIALLY_COMPLIANT.label),
                List.of(), null);
        Solution noInterface = solution("Api", "x", DOCUMENTS, null, List.of(), ref("NOT_APPLICABLE", AccessibilityLevel.NOT_APPLICABLE.label),
                List.of(), null);
        Solution not = solution("Non", "x", DOCUMENTS, null, List.of(), ref("NOT_COMPLIANT", AccessibilityLevel.NOT_COMPLIANT.label),
                List.of(), null);
        assertThat(MatchingRules.check(fully, partial).missed).containsExactly(
                "Accessibilité exigée\u00a0: totalement conforme au RGAA\u00a0; la solution est déclarée «\u00a0partiellement conforme au RGAA\u00a0»");
        assertThat(MatchingRules.check(fully, noInterface).passes()).isTrue();
        assertThat(MatchingRules.check(fully, solution("Gaule", "x")).passes()).isTrue();
        assertThat(MatchingRules.check(partially, partial).passes()).isTrue();
        assertThat(MatchingRules.check(partially, noInterface).passes()).isTrue();
        assertThat(MatchingRules.check(partially, not).passes()).isFalse();
    }

    @Test
    void oneAcceptedDeploymentModeIsEnoughAndNoneListedAcceptsAny() {
        Need need = need();
        Solution onPremises = solution("Local", "x", DOCUMENTS, null, List.of(), null,
                List.of(ref("ON_PREMISES", DeploymentMode.ON_PREMISES.label)), null);
        assertThat(MatchingRules.check(need, onPremises).passes()).isTrue();
        need.deploymentModesAccepted = EnumSet.of(DeploymentMode.SAAS, DeploymentMode.PRIVATE_CLOUD);
        assertThat(MatchingRules.check(need, onPremises).missed).containsExactly("Mode de déploiement exigé\u00a0: logiciel en ligne (SaaS) "
                + "ou nuage privé ou dédié\u00a0; la solution propose seulement installation dans le SI de l’administration");
        assertThat(MatchingRules.check(need, solution("Gaule", "x")).met).containsExactly(
                "Mode de déploiement exigé\u00a0: logiciel en ligne (SaaS) ou nuage privé ou dédié\u00a0: la solution propose logiciel en ligne (SaaS)");
    }

    @Test
    void identityFederationIsReadByTheAnalysis() {
        Need need = need();
        need.identityFederationRequired = "proconnect";
        assertThat(MatchingRules.check(need, solution("Gaule", "x")).passes()).isTrue();
        Solution france = solution("Fc", "x", DOCUMENTS, null, List.of(), null, List.of(), "FranceConnect et SAML");
        assertThat(MatchingRules.check(need, france).missed).containsExactly(
                "Fédération d’identité exigée\u00a0: proconnect\u00a0; la solution déclare seulement «\u00a0FranceConnect et SAML\u00a0»");
        assertThat(MatchingRules.check(need, solution("Rien", "x", DOCUMENTS, null, List.of(), null, List.of(), null)).missed)
                .singleElement().asString().contains("non déclaré");
    }

    @Test
    void theFamilyRanksFirstThenTheTextRelevance() {
        Need need = need();
        Solution best = solution("Greffe", "Transcription automatique des audiences et des débats");
        Solution some = solution("Scribe", "Transcriptions de réunions");
        Solution none = solution("Compta", "Tenue des comptes publics");
        Solution otherFamily = solution("Bavard", "Transcription des audiences, des débats, des audiences", ASSISTANTS,
                ref("FRANCE", "En France"), List.of(), null, List.of(), null);
        Result result = MatchingRules.rank(need, List.of(candidate(none), candidate(otherFamily), candidate(some), candidate(best)));
        assertThat(result.matches()).extracting(m -> m.candidate().solution().name()).containsExactly("Greffe", "Scribe", "Compta", "Bavard");
        assertThat(result.matches().get(0).relevance()).isGreaterThan(result.matches().get(1).relevance());
        assertThat(result.matches().get(2).relevance()).isZero();
        assertThat(result.matches().get(3).sameFamily()).isFalse();
        assertThat(result.excluded()).isEmpty();
    }

    @Test
    void theExplanationShowsTheNeedsOwnWordsAndTheConstraintsMet() {
        Need need = need();
        need.hostingRequired = HostingLocation.FRANCE;
        Solution s = solution("Greffe", "Transcription automatique des audiences");
        Feedback feedback = new Feedback("Tribunal de test", true, LocalDate.of(2026, 1, 5), "Deux chambres",
                new Ref("IN_USE", "En service"), null, Instant.EPOCH);
        Solution withFeedback = s.with(List.of(), List.of(feedback));
        Match match = MatchingRules.rank(need, List.of(candidate(withFeedback))).matches().get(0);
        assertThat(match.matchedWords()).containsExactly("Transcrire", "audiences");
        assertThat(match.met()).containsExactly("Hébergement exigé en France\u00a0: la solution est hébergée en France");
        assertThat(match.feedbacks()).containsExactly(feedback);
    }

    @Test
    void aSolutionLeftOutListsEveryConstraintItMisses() {
        Need need = need();
        need.hostingRequired = HostingLocation.FRANCE;
        need.securityRequired = EnumSet.of(SecurityQualification.HDS);
        Solution s = solution("Europa", "Transcription", DOCUMENTS, ref("EUROPEAN_UNION", "Dans l’Union européenne"), List.of(), null,
                List.of(), null);
        Result result = MatchingRules.rank(need, List.of(candidate(s), candidate(solution("Gaule", "x"))));
        assertThat(result.matches()).isEmpty();
        assertThat(result.excluded()).hasSize(2);
        assertThat(result.excluded().get(0).candidate().solution().name()).isEqualTo("Europa");
        assertThat(result.excluded().get(0).missed()).hasSize(2);
        assertThat(result.excluded().get(1).missed()).containsExactly(
                "Qualification exigée\u00a0: Hébergeur de données de santé (HDS)\u00a0; la solution ne la détient pas");
    }

    @Test
    void aNeedWithoutConstraintsSaysSo() {
        assertThat(MatchingRules.constraints(need())).containsExactly("Aucune contrainte impérative");
    }
}
