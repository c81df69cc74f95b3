package fr.amiengine.integrity;

import fr.amiengine.shared.HashChain;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Arrays;

/**
 * What every line of our three ledgers (scores, decisions, admissibility) has in common: its place in its campaign's
 * chain, its actor, and how its hash is computed. A line of version 2 hashes the keyed digest of its actor, not the
 * account name, so that erasing the name keeps the line verifiable (ADR 0009); version 1 is how lines were hashed
 * before, kept so that the lines already written still verify.
 */
@MappedSuperclass
public abstract class LedgerLine {

    /** What an erased personal field reads afterwards. */
    public static final String ERASED = "[effacé]";

    /** The version new lines are written with. */
    public static final short CURRENT_VERSION = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "campaign_id", nullable = false)
    public Long campaignId;

    /** The account that acted; a personal field, erased at the end of the retention period. */
    @Column(nullable = false)
    public String actor;

    /** HMAC-SHA-256 of {@link #actor} under the campaign's key ({@link ActorDigests}); null on lines of version 1. */
    @Column(name = "actor_digest", length = 64)
    public String actorDigest;

    @Column(name = "occurred_at", nullable = false)
    public Instant at;

    @Column(name = "hash_version", nullable = false)
    public short hashVersion = CURRENT_VERSION;

    @Column(name = "previous_hash", nullable = false, length = 64)
    public String previousHash;

    @Column(nullable = false, length = 64)
    public String hash;

    /**
     * The fields the hash covers, in the order of version 1, with {@code actor} where the account name goes (the name
     * itself for version 1, its digest for version 2). The previous hash comes first.
     */
    protected abstract Object[] fields(Object actor);

    /** The file the line is about, or null for an event of the whole campaign. */
    public abstract String file();

    /** A short French description of the line, for the verification report. */
    public abstract String describe();

    /** The line's hash computed again from its fields as they are now, or null when it cannot be (below). */
    public String recomputedHash() {
        if (hashVersion == 1) {
            // the hash covers the clear name: once erased, only the chaining of the line can still be checked
            return ERASED.equals(actor) ? null : HashChain.hash(fields(actor));
        }
        Object[] fields = fields(actorDigest);
        Object[] versioned = Arrays.copyOf(new Object[] {"v" + hashVersion}, fields.length + 1);
        System.arraycopy(fields, 0, versioned, 1, fields.length);
        return HashChain.hash(versioned);
    }

    /** Whether the actor's clear name is gone (erased or pseudonymised). */
    public boolean actorErased() {
        return ERASED.equals(actor);
    }
}
