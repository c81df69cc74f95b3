package fr.amiengine.documents;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.api.SoftAssertions;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/** Checks a PDF with veraPDF and says, rule by rule, what it fails. */
public final class VeraPdf {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /**
     * The rules {@code pdf} fails for {@code flavour}, one line each: clause-test, description, how many times and
     * the first place; empty when it is compliant.
     */
    static List<String> failedRules(byte[] pdf, PDFAFlavour flavour) {
        ValidationResult result = validate(pdf, flavour);
        Map<String, String> failures = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (TestAssertion assertion : result.getTestAssertions()) {
            if (assertion.getStatus() != TestAssertion.Status.FAILED) {
                continue;
            }
            RuleId id = assertion.getRuleId();
            String key = id.getSpecification() + " " + id.getClause() + "-" + id.getTestNumber();
            counts.merge(key, 1, Integer::sum);
            failures.computeIfAbsent(key, k -> {
                Rule rule = result.getValidationProfile().getRuleByRuleId(id);
                String description = rule == null ? assertion.getMessage() : rule.getDescription();
                return description + " — ex. " + assertion.getLocation().getContext()
                        + (assertion.getErrorMessage() == null ? "" : "\u00a0: " + assertion.getErrorMessage());
            });
        }
        if (!result.isCompliant() && failures.isEmpty()) {
            return List.of("non conforme, sans règle en échec rapportée (" + result.getJobEndStatus() + ")");
        }
        return failures.entrySet().stream()
                .map(e -> e.getKey() + " (" + counts.get(e.getKey()) + "×) " + e.getValue())
                .toList();
    }

    /** Asserts that {@code pdf} is PDF/A-2b and PDF/UA-1; on failure, lists every failed rule of both. */
    public static void assertPdfA2bAndPdfUa1(byte[] pdf) {
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(failedRules(pdf, PDFAFlavour.PDFA_2_B)).as("règles PDF/A-2b en échec").isEmpty();
        softly.assertThat(failedRules(pdf, PDFAFlavour.PDFUA_1)).as("règles PDF/UA-1 en échec").isEmpty();
        softly.assertAll();
    }

    private static ValidationResult validate(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            return validator.validate(parser);
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF n’a pas pu valider le document", e);
        }
    }
}
