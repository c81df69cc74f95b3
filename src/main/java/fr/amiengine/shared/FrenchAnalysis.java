package fr.amiengine.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The one French text analysis of the application, built from Apache Lucene's analysis chain, so that the panorama's
 * search and the matching of needs to solutions read words the same way:
 * <ol>
 *   <li>{@link StandardTokenizer} (Unicode word boundaries, UAX #29);</li>
 *   <li>{@link ElisionFilter} with Lucene's French articles: « l’ », « d’ », « qu’ », « jusqu’ »… (straight or
 *       typographic apostrophe);</li>
 *   <li>lower case, then Lucene's French stop words (« le », « des », « pour »…);</li>
 *   <li>{@link ASCIIFoldingFilter}: accents and ligatures folded (« données » → « donnees », « cœur » → « coeur »);</li>
 *   <li>a derivational step (below), then {@link FrenchLightStemFilter}.</li>
 * </ol>
 *
 * <p><b>Why the light stemmer.</b> It is the stemmer of Lucene's own {@link FrenchAnalyzer} (Savoy's « light »
 * stemmer): it removes plurals, feminines and the common inflections (« documents » → « document », « données » and
 * « donnee » → « done ») without the over-reach of Snowball, which cuts « document » to « docu » and « analyse »
 * and « analyste » alike. Neither stemmer conflates a verb with its action noun, though: « transcrire » gives
 * « transcrir », « transcription » stays « transcription ». Needs say « transcrire les audiences » and solutions
 * « transcription automatique ».
 *
 * <p><b>The derivational step.</b> Before stemming, Lucene's {@link PatternReplaceFilter} rewrites the regular French
 * action nouns as their verb, which the light stemmer then reduces like the verb itself: « -ription » → « -rire »
 * (transcription, inscription, prescription), « -uction » → « -uire » (traduction, production), « -cation » → « -er »
 * (vérification, classification, publication), « -ation » → « -er » (automatisation, numérisation, évaluation),
 * « -ement » → « -er » (traitement, classement). Each rule keeps at least three letters before the suffix, so that
 * « nation » or « station » stay nouns. An irregular pair (« appliquer »/« application ») is not conflated: the rules
 * never join two words that are not of one family, they only miss some that are.
 */
public final class FrenchAnalysis {

    /** A term of the analysis and the word of the original text it comes from (« Transcriptions » → « transcrir »). */
    public record Term(String term, String word) {
    }

    private static final int MIN_STEM = 3;
    /** An elided article the word of the text starts with (« d’ » in « d’audiences »), left out of the word shown. */
    private static final Pattern ELIDED = Pattern.compile("^\\p{L}{1,7}['\u2019]");

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
            stream = new LowerCaseFilter(stream);
            stream = new StopFilter(stream, FrenchAnalyzer.getDefaultStopSet());
            stream = new ASCIIFoldingFilter(stream);
            stream = derive(stream, "riptions?", "rire");
            stream = derive(stream, "uctions?", "uire");
            stream = derive(stream, "cations?", "er");
            stream = derive(stream, "ations?", "er");
            stream = derive(stream, "ements?", "er");
            return new TokenStreamComponents(source, new FrenchLightStemFilter(stream));
        }

        @Override
        protected TokenStream normalize(String field, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    };

    private static TokenStream derive(TokenStream stream, String suffix, String replacement) {
        return new PatternReplaceFilter(stream, Pattern.compile("^(\\p{L}{" + MIN_STEM + ",})" + suffix + "$"),
                "$1" + replacement, false);
    }

    private FrenchAnalysis() {
    }

    /** The shared analyser (thread-safe, as Lucene's analysers are), for an in-memory index. */
    public static Analyzer analyzer() {
        return ANALYZER;
    }

    /** The terms of {@code text}, in order, each with the word it comes from; empty for null or blank text. */
    public static List<Term> analyse(String text) {
        List<Term> terms = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String word = text.substring(offset.startOffset(), offset.endOffset());
                terms.add(new Term(term.toString(), ELIDED.matcher(word).replaceFirst("")));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** The distinct terms of some texts (nulls skipped), in the order they first appear. */
    public static Set<String> terms(String... texts) {
        Set<String> terms = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null) {
                analyse(text).forEach(t -> terms.add(t.term()));
            }
        }
        return terms;
    }

    /** The distinct terms of some texts (nulls skipped). */
    public static Set<String> terms(List<String> texts) {
        return terms(texts.stream().filter(Objects::nonNull).toArray(String[]::new));
    }

    /** Whether every term of {@code wanted} is among the terms of {@code text} (a blank {@code wanted} is met). */
    public static boolean containsAll(String text, String wanted) {
        return terms(text).containsAll(terms(wanted));
    }
}
