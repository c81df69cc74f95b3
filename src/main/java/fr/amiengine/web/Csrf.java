package fr.amiengine.web;

import fr.amiengine.shared.AmiException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Anti-forgery tokens for the forms of the pages: a keyed hash of the signed-in account, put in a hidden field
 * and checked on every state-changing request of the pages by {@link FormTokenFilter}. Another site can make a
 * browser post a form, but cannot compute the token. The session cookie is also {@code SameSite=Lax}.
 */
@ApplicationScoped
public class Csrf {

    public static final String FIELD = "_csrf";

    @Inject
    WebConfig config;

    private SecretKeySpec key;

    @PostConstruct
    void init() {
        byte[] secret = config.csrfSecret().map(s -> s.getBytes(StandardCharsets.UTF_8)).orElseGet(() -> {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return random;
        });
        key = new SecretKeySpec(secret, "HmacSHA256");
    }

    public String tokenFor(String account) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(("formulaire|" + account).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public void verify(String account, String token) {
        byte[] expected = tokenFor(account).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token == null ? new byte[0] : token.getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            throw AmiException.forbidden("Ce formulaire a expiré ou ne vient pas de ce site\u00a0: rechargez la page et recommencez.");
        }
    }
}
