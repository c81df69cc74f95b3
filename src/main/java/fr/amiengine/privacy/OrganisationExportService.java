package fr.amiengine.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import fr.amiengine.correspondence.DocumentKind;
import fr.amiengine.correspondence.StoredDocument;
import fr.amiengine.correspondence.StoredDocumentRepository;
import fr.amiengine.identity.Actor;
import fr.amiengine.identity.Organisation;
import fr.amiengine.identity.OrganisationMember;
import fr.amiengine.identity.OrganisationMemberRepository;
import fr.amiengine.identity.OrganisationRepository;
import fr.amiengine.identity.OrganisationView;
import fr.amiengine.shared.AmiException;
import fr.amiengine.submission.Candidature;
import fr.amiengine.submission.CandidatureRepository;
import fr.amiengine.submission.CandidatureView;
import fr.amiengine.submission.attachment.Attachment;
import fr.amiengine.submission.attachment.AttachmentRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Everything the platform holds about an organisation, for its members (the right of access and to portability,
 * docs/rgpd.md): the organisation, its members, each of its files with all their fields and history, their PDFs and
 * the letters it received, as a ZIP of JSON and PDFs. What is listed is read in one short transaction; each PDF is
 * then read in a transaction of its own while the ZIP is written, so that one PDF at a time is in memory.
 */
@ApplicationScoped
public class OrganisationExportService {

    /** A member of the organisation as the export shows them. */
    public record MemberExport(String username, String email, Instant joinedAt) {
    }

    /** A PDF to put in the ZIP: what it is, its name inside the ZIP, and where to read it. */
    record Pdf(boolean attachment, Long id, String path) {
    }

    /**
     * What an export holds, read before the ZIP is written.
     *
     * @param fileName the name the browser saves it under, e.g. {@code donnees-organisation-123456782.zip}
     */
    public record Plan(String fileName, OrganisationView organisation, List<MemberExport> members,
                       List<CandidatureView> candidatures, List<Pdf> pdfs) {
    }

    @Inject
    OrganisationRepository organisations;

    @Inject
    OrganisationMemberRepository members;

    @Inject
    CandidatureRepository candidatures;

    @Inject
    AttachmentRepository attachments;

    @Inject
    StoredDocumentRepository documents;

    @Inject
    ObjectMapper json;

    /** The export of the organisation the account acts for; a French 404 when it declared none. */
    @Transactional
    public Plan mine(Actor actor) {
        if (actor.organisationId() == null) {
            throw AmiException.notFound("Votre compte n’est rattaché à aucune organisation\u00a0: la plateforme ne détient donc "
                    + "aucune donnée d’organisation à vous remettre. Déclarez d’abord votre organisation (page «\u00a0Mon "
                    + "organisation\u00a0»).");
        }
        return plan(organisations.findById(actor.organisationId()));
    }

    /** The export of any organisation, for an administrator (the resource checks the role). */
    @Transactional
    public Plan of(Actor admin, Long organisationId) {
        if (!admin.isAdmin()) {
            throw AmiException.forbidden("Seuls les administrateurs exportent les données d’une autre organisation que la leur.");
        }
        return plan(organisations.findByIdOptional(organisationId)
                .orElseThrow(() -> AmiException.notFound("Aucune organisation n° " + organisationId + ".")));
    }

    private Plan plan(Organisation organisation) {
        List<MemberExport> people = members.list("organisation.id = ?1 order by joinedAt, id", organisation.id).stream()
                .map((OrganisationMember m) -> new MemberExport(m.username, m.email, m.joinedAt)).toList();
        List<CandidatureView> files = new java.util.ArrayList<>();
        List<Pdf> pdfs = new java.util.ArrayList<>();
        for (Candidature summary : candidatures.ofOrganisation(organisation.id)) {
            Candidature file = candidatures.getWithHistory(summary.reference);
            List<Attachment> pieces = attachments.ofCandidature(file.id);
            files.add(CandidatureView.of(file, pieces, false));
            String folder = "candidatures/" + file.reference + "/";
            for (Attachment piece : pieces) {
                pdfs.add(new Pdf(true, piece.id, folder + "pieces-jointes/" + piece.id + "-" + safe(piece.fileName)));
            }
            for (StoredDocument letter : documents.list("candidature.id = ?1 and kind in ?2 order by id", file.id,
                    List.of(DocumentKind.RECEIPT, DocumentKind.DECISION_LETTER))) {
                pdfs.add(new Pdf(false, letter.id, folder + "courriers/" + safe(letter.fileName)));
            }
        }
        return new Plan("donnees-organisation-" + organisation.siren + ".zip", OrganisationView.of(organisation), people,
                files, pdfs);
    }

    /**
     * Writes the ZIP: {@code lisezmoi.txt}, {@code organisation.json}, {@code membres.json}, then per file
     * {@code candidatures/REF/candidature.json}, its PDFs under {@code pieces-jointes/} and its letters under
     * {@code courriers/}.
     */
    public void write(Plan plan, OutputStream out) throws IOException {
        ObjectWriter writer = json.writerWithDefaultPrettyPrinter();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            entry(zip, "lisezmoi.txt", readme(plan).getBytes(StandardCharsets.UTF_8));
            entry(zip, "organisation.json", writer.writeValueAsBytes(plan.organisation()));
            entry(zip, "membres.json", writer.writeValueAsBytes(plan.members()));
            for (CandidatureView file : plan.candidatures()) {
                entry(zip, "candidatures/" + file.reference() + "/candidature.json", writer.writeValueAsBytes(file));
            }
            for (Pdf pdf : plan.pdfs()) {
                byte[] content = QuarkusTransaction.requiringNew().call(() -> pdf.attachment()
                        ? attachments.findById(pdf.id()).content
                        : documents.findById(pdf.id()).content);
                entry(zip, pdf.path(), content);
            }
        }
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static String readme(Plan plan) {
        return "Données détenues par la plateforme AMI Engine sur l’organisation " + plan.organisation().legalName()
                + " (SIREN " + plan.organisation().siren() + ")\n\n"
                + "organisation.json\u00a0: l’organisation telle qu’elle est déclarée\n"
                + "membres.json\u00a0: les comptes rattachés à l’organisation\n"
                + "candidatures/<référence>/candidature.json\u00a0: chaque dossier, tous ses champs et son historique\n"
                + "candidatures/<référence>/pieces-jointes/\u00a0: les PDF déposés\n"
                + "candidatures/<référence>/courriers/\u00a0: l’accusé de réception et la lettre de décision\n\n"
                + "Pour faire rectifier l’organisation\u00a0: page «\u00a0Mon organisation\u00a0». Pour toute autre demande\u00a0: docs/rgpd.md.\n";
    }

    /** A file name as an entry of the ZIP: no folder, no control character. */
    private static String safe(String name) {
        return name.replaceAll("[/\\\\\\p{Cntrl}]", "_");
    }
}
