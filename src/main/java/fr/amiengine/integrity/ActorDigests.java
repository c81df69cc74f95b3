package fr.amiengine.integrity;

import fr.amiengine.shared.PersonalDataHolder;
import fr.amiengine.shared.ServerClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The pseudonymised form of the personal fields of the ledgers: HMAC-SHA-256 under a random key of the campaign.
 * The chain hashes the digest, so that the clear name can be erased and the chain still verifies; the key is
 * destroyed with the campaign's personal data, so that a digest can no longer be matched against a list of account
 * names (an unkeyed SHA-256 of « admin2 » could). ADR 0009.
 */
@ApplicationScoped
public class ActorDigests implements PersonalDataHolder {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    LedgerKeyRepository keys;

    @Inject
    ServerClock clock;

    /** The digest of a value for the campaign, creating its key on first use (the caller holds the campaign's lock). */
    public String digest(Long campaignId, String value) {
        LedgerKey key = keys.findByIdOptional(campaignId).orElseGet(() -> {
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            LedgerKey created = new LedgerKey();
            created.campaignId = campaignId;
            created.secret = HexFormat.of().formatHex(secret);
            created.createdAt = clock.now();
            keys.persist(created);
            return created;
        });
        return hmac(key.secret, value);
    }

    /** The digest of a value under the campaign's key, if the key still exists. */
    public Optional<String> existingDigest(Long campaignId, String value) {
        return keys.findByIdOptional(campaignId).map(k -> hmac(k.secret, value));
    }

    static String hmac(String secret, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(HexFormat.of().parseHex(secret), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String description() {
        return "Clé des empreintes des registres\u00a0: détruite, les empreintes des comptes ne peuvent plus être "
                + "rapprochées d’un nom.";
    }

    @Override
    @Transactional
    public int erase(Long campaignId) {
        return (int) keys.delete("campaignId", campaignId);
    }
}
