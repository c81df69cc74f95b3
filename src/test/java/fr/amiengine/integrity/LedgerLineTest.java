package fr.amiengine.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.evaluation.scoring.ScoreLedgerEntry;
import fr.amiengine.selection.DecisionLedgerEntry;
import fr.amiengine.selection.DecisionOutcome;
import fr.amiengine.shared.HashChain;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How a ledger line is hashed, in each version (ADR 0009). */
class LedgerLineTest {

    private static final Instant AT = Instant.parse("2026-05-20T09:30:00Z");

    @Test
    void aLineOfVersionOneStillHashesAsTheLinesWrittenBeforeTheDigests() {
        ScoreLedgerEntry score = score();
        score.hashVersion = 1;
        // the formula of ScoreLedger before V13, written out: lines already on a database must still verify
        assertThat(score.recomputedHash()).isEqualTo(HashChain.hash(HashChain.GENESIS, 7L, 11L, "AMI-X-0001", "SCORE", "IMPACT",
                "2", "3", "evaluateur1", AT, null));

        DecisionLedgerEntry decision = new DecisionLedgerEntry();
        decision.hashVersion = 1;
        decision.previousHash = HashChain.GENESIS;
        decision.campaignId = 7L;
        decision.reference = "AMI-X-0001";
        decision.event = DecisionLedgerEntry.Event.DECIDED;
        decision.outcome = DecisionOutcome.RETAINED;
        decision.motivation = "Motivé.";
        decision.actor = "admin";
        decision.at = AT;
        assertThat(decision.recomputedHash()).isEqualTo(HashChain.hash(HashChain.GENESIS, 7L, "AMI-X-0001", "DECIDED", "RETAINED",
                "Motivé.", "admin", AT));
    }

    @Test
    void aLineOfVersionTwoHashesTheDigestSoThatErasingTheNameKeepsItsHash() {
        ScoreLedgerEntry score = score();
        score.actorDigest = ActorDigests.hmac("ab".repeat(32), score.actor);
        String hash = score.recomputedHash();

        score.actor = LedgerLine.ERASED;
        assertThat(score.recomputedHash()).isEqualTo(hash);

        score.actorDigest = ActorDigests.hmac("ab".repeat(32), "quelqu-un-d-autre");
        assertThat(score.recomputedHash()).as("le hachage couvre l’empreinte").isNotEqualTo(hash);
        score.actorDigest = ActorDigests.hmac("ab".repeat(32), "evaluateur1");
        score.newValue = "5";
        assertThat(score.recomputedHash()).isNotEqualTo(hash);
    }

    @Test
    void aLineOfVersionOneWhoseNameIsErasedCanNoLongerBeRecomputed() {
        ScoreLedgerEntry score = score();
        score.hashVersion = 1;
        score.actor = LedgerLine.ERASED;
        assertThat(score.recomputedHash()).isNull();
    }

    @Test
    void theDigestIsKeyedSoThatAnotherKeyGivesAnotherDigest() {
        assertThat(ActorDigests.hmac("ab".repeat(32), "admin")).hasSize(64)
                .isNotEqualTo(ActorDigests.hmac("cd".repeat(32), "admin"))
                .isNotEqualTo(HashChain.hash("admin"));
    }

    private static ScoreLedgerEntry score() {
        ScoreLedgerEntry e = new ScoreLedgerEntry();
        e.previousHash = HashChain.GENESIS;
        e.campaignId = 7L;
        e.evaluationId = 11L;
        e.reference = "AMI-X-0001";
        e.event = ScoreLedgerEntry.Event.SCORE;
        e.criterionKey = "IMPACT";
        e.oldValue = "2";
        e.newValue = "3";
        e.actor = "evaluateur1";
        e.at = AT;
        return e;
    }
}
