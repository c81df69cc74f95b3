package fr.amiengine.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;

/**
 * A PDF written object by object, with a correct cross-reference table, for files no PDF library would write:
 * a page tree that loops, a {@code /Count} that lies, a stream that inflates a thousand times. Object 1 is the
 * catalog; objects are numbered in the order they are added.
 */
public final class RawPdf {

    private final List<byte[]> objects = new ArrayList<>();

    /** Adds an object (its dictionary or value, without {@code obj}/{@code endobj}); returns its number. */
    public int add(String body) {
        objects.add(body.getBytes(StandardCharsets.ISO_8859_1));
        return objects.size();
    }

    /** Adds a stream object whose dictionary gets {@code /Length}; returns its number. */
    public int addStream(String dictionaryEntries, byte[] data) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("<< " + dictionaryEntries + " /Length " + data.length + " >>\nstream\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        body.writeBytes(data);
        body.writeBytes("\nendstream".getBytes(StandardCharsets.ISO_8859_1));
        objects.add(body.toByteArray());
        return objects.size();
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            out.writeBytes(((i + 1) + " 0 obj\n").getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(objects.get(i));
            out.writeBytes("\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f\r\n");
        for (int offset : offsets) {
            table.append(String.format("%010d 00000 n\r\n", offset));
        }
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        out.writeBytes(table.toString().getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /** A one-page PDF whose catalog carries {@code catalogEntries} and whose page carries {@code pageEntries}. */
    public static byte[] onePage(String catalogEntries, String pageEntries) {
        RawPdf pdf = new RawPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R " + catalogEntries + " >>");
        pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] " + pageEntries + " >>");
        return pdf.bytes();
    }

    /** {@code size} zero bytes, deflated: about a thousandth of their size. */
    public static byte[] deflatedZeros(long size) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] zeros = new byte[1 << 20];
        byte[] buffer = new byte[1 << 16];
        for (long fed = 0; fed < size; fed += zeros.length) {
            deflater.setInput(zeros, 0, (int) Math.min(zeros.length, size - fed));
            while (!deflater.needsInput()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }
}
