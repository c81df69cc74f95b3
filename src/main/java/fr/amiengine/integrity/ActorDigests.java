package fr.amiengine.integrity;

import fr.amiengine.campaign.CampaignOpened;
import fr.amiengine.campaign.CampaignRepository;
import fr.amiengine.shared.PersonalDataHolder;
import fr.amiengine.shared.ServerClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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
    CampaignRepository campaigns;

    @Inject
    ServerClock clock;

    /**
     * A campaign's key is made when it opens, in the opening's transaction, before any line can be written: the
     * concurrent first lines of a campaign (admissibility decisions on several files at once) then all find it. Making
     * it at the first line instead let those transactions each insert one, and all but one fail.
     */
    void onOpened(@Observes CampaignOpened event) {
        campaigns.findByCode(event.code()).ifPresent(campaign -> keyOf(campaign.id));
    }

    /**
     * The digest of a value for the campaign. A campaign opened before V13 has no key yet: it gets it at its first
     * line (the caller holds the campaign's lock).
     */
    public String digest(Long campaignId, String value) {
        return hmac(keyOf(campaignId).secret, value);
    }

    private LedgerKey keyOf(Long campaignId) {
        return keys.findByIdOptional(campaignId).orElseGet(() -> {
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            LedgerKey created = new LedgerKey();
            created.campaignId = campaignId;
            created.secret = HexFormat.of().formatHex(secret);
            created.createdAt = clock.now();
            keys.persist(created);
            return created;
        });
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
