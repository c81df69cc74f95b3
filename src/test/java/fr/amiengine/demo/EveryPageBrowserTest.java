package fr.amiengine.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.support.Api;
import fr.amiengine.support.Browser;
import fr.amiengine.support.Committee;
import fr.amiengine.support.Keycloak;
import fr.amiengine.support.KeycloakTestResource;
import fr.amiengine.support.Tokens;
import fr.amiengine.workflow.ProcessDriver;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Walks every page each role reaches from its home, on the demo's data: the candidate, the evaluator, the
 * administrator, the buyer and the visitor follow every link of every page (two pages of each kind of address), plus
 * the pages no link leads to (errors, consensus). A page fails when its visible text shows an internal code (a
 * constant of one of the application's enums, a track or family code, a BPMN id, a tool's name), a straight
 * apostrophe, a plural written « (s) », an ISO date, a missing non-breaking space before « % : ; ! ? » » or after « « »,
 * when axe-core finds a violation, or when at 390 px the document is wider than the window (a wide table scrolls in its
 * own frame). Every page is kept as a screenshot at 1280 and 390 px under {@code target/screenshots/}.
 */
@QuarkusTest
@TestProfile(EveryPageBrowserTest.Demo.class)
class EveryPageBrowserTest {

    private static final int PER_KIND = 2;
    private static final int PER_ROLE = 90;
    private static final Pattern SKIPPED = Pattern.compile(
            "^/(deconnexion|connexion|api/|q/|static/).*|.*\\.(pdf|csv|xlsx|json|svg|png|zip)$|.*/pieces/\\d+$");
    private static final Pattern WORD = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b|\\b[A-Z]{3,}\\b");
    private static final Pattern BPMN_ID = Pattern.compile("\\bid=\"([A-Za-z][A-Za-z0-9_]*)\"");
    /** Acronyms a French reader knows, which some enums also use as constants. */
    private static final Set<String> ACRONYMS = Set.of("PDF", "CSV", "SIREN", "SIRET", "RGAA", "API", "AMI", "RGPD",
            "SECNUMCLOUD", "HDS", "CSPN", "IA", "UGAP", "XLSX", "JSON", "HTML", "CNIL", "ANSSI", "DINUM", "DGE", "URL", "SMS");
    private static final Map<String, Pattern> ROUGH = Map.of(
            "apostrophe droite", Pattern.compile("\\p{L}'\\p{L}"),
            "pluriel «\u00a0(s)\u00a0»", Pattern.compile("\\p{L}\\((s|es|x)\\)"),
            "date ISO", Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b"),
            "«\u00a01\u00a0» au lieu de «\u00a01er\u00a0»", Pattern.compile("\\b1 (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\\b"),
            "espace ordinaire avant une ponctuation double", Pattern.compile("\\S [%;!?»]|\\p{L} :"),
            "espace ordinaire après «\u00a0«\u00a0»", Pattern.compile("« "),
            "code d’erreur nu", Pattern.compile("\\bCode \\d{3}\\b"),
            "jargon technique", Pattern.compile("\\b(Keycloak|BPMN|flot à coût minimal|Camunda)\\b"));

    @Inject
    ProcessDriver processes;

    @Test
    void everyPageOfEveryRoleShowsFrenchWordsAndFitsAPhone() {
        // the scenario below runs its timers itself, as the other tests do
        processes.stopJobExecutor();
        // the consensus page needs a file its two members scored far apart, under the consensus policy
        Committee consensus = Committee.inEvaluation(1, "CONSENSUS")
                .invite(Tokens.EVALUATOR, Tokens.EVALUATOR_2)
                .declareNothing(Tokens.EVALUATOR, Tokens.EVALUATOR_2)
                .propose()
                .release();
        String split = consensus.files.get(0);
        score(consensus, Tokens.EVALUATOR, split, 0.5);
        score(consensus, Tokens.EVALUATOR_2, split, 5);

        // the 2024 edition goes into its committee session, so that the selection's list and decision forms are walked
        Api.as(Tokens.ADMIN).post("/api/campaigns/AMI-IA-2024/deliberation").then().statusCode(204);

        Forbidden forbidden = Forbidden.ofTheApplication();
        List<String> findings = new ArrayList<>();
        Map<String, List<String>> extra = Map.of(
                // the rules of the selection, public since the opening (issue #15): the 2024 edition's and the open 2025 call's
                "visiteur", List.of("/campagnes/INCONNUE", "/panorama/INCONNU", "/campagnes/AMI-IA-2024/regles",
                        "/campagnes/AMI-IA-2025/regles"),
                // candidat1's organisation has the demo's first file of 2025, a draft: its form, section by section
                Tokens.CANDIDATE_A, List.of("/admin/campagnes", "/candidatures/INCONNUE", "/organisation",
                        "/candidatures/AMI-IA-2025-0001/modifier/solution", "/candidatures/AMI-IA-2025-0001/modifier/integration",
                        "/candidatures/AMI-IA-2025-0001/modifier/conformite", "/candidatures/AMI-IA-2025-0001/modifier/contact",
                        "/candidatures/AMI-IA-2025-0001/modifier/pieces", "/candidatures/AMI-IA-2025-0001/recapitulatif"),
                Tokens.EVALUATOR, List.of("/evaluation/dossiers/" + split + "/note-commune"),
                Tokens.ADMIN, List.of("/admin/campagnes/INCONNUE/candidatures", "/admin", "/admin/campagnes/nouvelle",
                        "/admin/campagnes/AMI-IA-2024/selection?q=solution&decision=RETAINED",
                        "/admin/campagnes/AMI-IA-2024/selection?volet=PILOTES", "/admin/campagnes/AMI-IA-2024/selection?q=z%C3%A8bre",
                        "/admin/campagnes/AMI-IA-2024/integrite"),
                Tokens.BUYER, List.of());
        for (String role : List.of("visiteur", Tokens.CANDIDATE_A, Tokens.EVALUATOR, Tokens.ADMIN, Tokens.BUYER)) {
            try (Browser b = Browser.open(KeycloakTestResource.applicationUrl())) {
                if (!role.equals("visiteur")) {
                    b.visit("/connexion");
                    Keycloak.login(b, role, Tokens.passwordOf(role));
                    b.awaitPath("/espace");
                }
                walk(b, role, extra.get(role), forbidden, findings);
            }
        }
        assertThat(findings).as("pages qui montrent un code, un défaut de typographie ou débordent à 390 px").isEmpty();
    }

    /** As {@link Committee#score}, with a justification in French words, as a member writes it. */
    private static void score(Committee committee, String member, String reference, double score) {
        Long assignment = committee.assignmentOf(member, reference);
        List<Map<String, Object>> scores = java.util.Arrays.stream(fr.amiengine.campaign.CriterionKey.values())
                .map(c -> Map.<String, Object>of("criterion", c.name(), "score", score,
                        "justification", "Appréciation argumentée du critère.")).toList();
        Api.as(member).body(Map.of("scores", scores)).put("/api/assignments/" + assignment + "/evaluation").then().statusCode(200);
        Api.as(member).post("/api/assignments/" + assignment + "/evaluation/submit").then().statusCode(200);
    }

    private static void walk(Browser b, String role, List<String> extra, Forbidden forbidden, List<String> findings) {
        String origin = KeycloakTestResource.applicationUrl();
        Set<String> seen = new LinkedHashSet<>(List.of("/", "/espace", "/evaluation", "/admin/campagnes", "/panorama"));
        seen.addAll(extra);
        Deque<String> queue = new ArrayDeque<>(seen);
        Map<String, Integer> kinds = new HashMap<>();
        int visited = 0;
        while (!queue.isEmpty() && visited < PER_ROLE) {
            String path = queue.poll();
            if (kinds.merge(kind(path), 1, Integer::sum) > PER_KIND) {
                continue;
            }
            b.driver().manage().window().setSize(new Dimension(1280, 1000));
            b.visit(path);
            visited++;
            String name = "tour-" + role + "-" + slug(path);
            JavascriptExecutor js = (JavascriptExecutor) b.driver();
            if (!b.driver().getCurrentUrl().startsWith(origin)
                    || b.driver().findElements(org.openqa.selenium.By.tagName("main")).isEmpty()) {
                continue; // not one of our pages: Keycloak's login, which a person without the right account is sent to
            }
            b.screenshot(name + "-1280");
            // the words as written, not as a style capitalises them (a badge « Vérifiée » is not the constant VERIFIED)
            String text = (String) js.executeScript("const up = Array.from(document.querySelectorAll('body *'))"
                    + ".filter(e => getComputedStyle(e).textTransform !== 'none');"
                    + "up.forEach(e => e.style.textTransform = 'none');"
                    + "const text = document.body.innerText; up.forEach(e => e.style.textTransform = ''); return text;");
            forbidden.check(text).forEach(f -> findings.add(role + " " + path + " : " + f));
            b.violations().forEach(v -> findings.add(role + " " + path + "\u00a0: axe " + v));

            b.driver().manage().window().setSize(new Dimension(390, 844));
            Object widths = js.executeScript("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            List<?> w = (List<?>) widths;
            if (((Number) w.get(0)).intValue() > ((Number) w.get(1)).intValue()) {
                findings.add(role + " " + path + " : " + w.get(0) + " px de large à 390 px (fenêtre " + w.get(1) + " px)");
            }
            b.screenshot(name + "-390");

            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) js.executeScript(
                    "return Array.from(document.querySelectorAll('a[href]')).filter(a => !a.hasAttribute('download'))"
                            + ".map(a => a.href)");
            for (String link : links) {
                if (!link.startsWith(origin)) {
                    continue;
                }
                String next = link.substring(origin.length()).replaceFirst("#.*$", "");
                String bare = next.replaceFirst("\\?.*$", "");
                if (next.isEmpty() || SKIPPED.matcher(bare).matches() || !seen.add(next)) {
                    continue;
                }
                queue.add(next);
            }
        }
        assertThat(visited).as("pages parcourues par " + role).isGreaterThan(2);
    }

    /** An address's kind: its segments and query values that hold a digit are one kind (a reference, an id). */
    private static String kind(String path) {
        String[] parts = path.split("\\?", 2);
        StringBuilder kind = new StringBuilder();
        for (String segment : parts[0].split("/")) {
            kind.append('/').append(segment.matches(".*\\d.*") ? "#" : segment);
        }
        if (parts.length > 1) {
            kind.append('?').append(new TreeSet<>(List.of(parts[1].replaceAll("=[^&]*\\d[^&]*", "=#").split("&"))));
        }
        return kind.toString();
    }

    private static String slug(String path) {
        String slug = path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "accueil" : slug.length() > 80 ? slug.substring(0, 80) : slug;
    }

    /** What no page may show: the constants of our enums, the demo's track and family codes, the BPMN ids. */
    record Forbidden(Set<String> constants, Set<String> bpmnIds) {

        static Forbidden ofTheApplication() {
            Set<String> constants = new TreeSet<>(List.of(DemoCampaigns.SOLUTIONS, DemoCampaigns.PILOTS,
                    DemoCampaigns.TECHNICAL, DemoCampaigns.SCIENTIFIC, DemoCampaigns.DOCUMENTS, DemoCampaigns.DATA,
                    DemoCampaigns.ASSISTANTS, DemoCampaigns.TRANSCRIPTION));
            Path classes = Path.of("target", "classes");
            try (Stream<Path> files = Files.walk(classes.resolve("fr/amiengine"))) {
                files.filter(p -> p.toString().endsWith(".class")).forEach(p -> {
                    String name = classes.relativize(p).toString().replace('/', '.').replaceFirst("\\.class$", "");
                    try {
                        Class<?> type = Class.forName(name, false, EveryPageBrowserTest.class.getClassLoader());
                        if (type.isEnum()) {
                            for (Object constant : type.getEnumConstants()) {
                                String c = ((Enum<?>) constant).name();
                                if (c.length() > 1 && !ACRONYMS.contains(c)) {
                                    constants.add(c);
                                }
                            }
                        }
                    } catch (ClassNotFoundException | LinkageError e) {
                        // a class the test's class loader cannot see holds no enum of ours
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Set<String> ids = new TreeSet<>();
            try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
                for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                    Matcher id = BPMN_ID.matcher(Files.readString(model));
                    while (id.find()) {
                        ids.add(id.group(1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertThat(constants).as("constantes d’énumérations trouvées").contains("DRAFT", "CORRECTION_REQUESTED");
            assertThat(ids).as("identifiants BPMN").contains("Task_CheckCompleteness");
            return new Forbidden(constants, ids);
        }

        List<String> check(String text) {
            List<String> found = new ArrayList<>();
            Matcher word = WORD.matcher(text);
            while (word.find()) {
                if (constants.contains(word.group())) {
                    found.add("code «\u00a0" + word.group() + "\u00a0» dans «\u00a0" + around(text, word.start()) + "\u00a0»");
                }
            }
            for (String id : bpmnIds) {
                if (Pattern.compile("\\b" + Pattern.quote(id) + "\\b").matcher(text).find()) {
                    found.add("identifiant BPMN «\u00a0" + id + "\u00a0»");
                }
            }
            ROUGH.forEach((what, pattern) -> {
                Matcher m = pattern.matcher(text);
                if (m.find()) {
                    found.add(what + " dans «\u00a0" + around(text, m.start()) + "\u00a0»");
                }
            });
            return found;
        }

        private static String around(String text, int at) {
            return text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 40)).replace('\n', ' ');
        }
    }

    /** The demo's data in a database of its own, as {@link DemoStartTest} seeds it. */
    public static class Demo extends DemoStartTest.DemoSeeding {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ami.demo.enabled", "true");
        }
    }
}
