package fr.amiengine.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** PDFs and not-quite-PDFs to upload. */
public final class Pdfs {

    private Pdfs() {
    }

    public static byte[] valid(int pages) {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Encrypted with a user password: nobody can open it without the password. */
    public static byte[] passwordProtected() {
        return encrypted("secret");
    }

    /** Encrypted with an empty user password: opens, but carries restrictions and encryption. */
    public static byte[] restricted() {
        return encrypted("");
    }

    public static byte[] notAPdf() {
        return "Ceci est un simple fichier texte, pas un PDF.\n".getBytes(StandardCharsets.UTF_8);
    }

    /** Starts like a PDF, then is garbage. */
    public static byte[] damaged() {
        return "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage".getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] encrypted(String userPassword) {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            AccessPermission permissions = new AccessPermission();
            permissions.setCanModify(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, permissions);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
