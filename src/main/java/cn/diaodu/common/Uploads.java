package cn.diaodu.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded files (problem attachments, procedure scans, later report photos), the one copy of the checks: photos
 * (jpg, png) and documents (pdf, docx, xlsx), recognised by their extension AND their first bytes, so that a renamed
 * file of another kind is refused; a size limit; the name cleaned of folders and controls. DOCX and XLSX are ZIP
 * packages; the part names {@code word/document.xml} and {@code xl/workbook.xml} are stored uncompressed in the
 * package's headers, so the check never unpacks anything. Served always as a download ({@link #download}).
 */
public final class Uploads {
    private Uploads() {
    }

    /** An accepted file: its cleaned name, extension, content type and content. */
    public record Upload(String filename, String extension, String contentType, byte[] content) {
        public long size() {
            return content.length;
        }
    }

    public static final Map<String, String> CONTENT_TYPES = Map.of(
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "png", "image/png",
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** Photos and documents: a problem's attachments. */
    public static final Set<String> PHOTOS_AND_DOCUMENTS = CONTENT_TYPES.keySet();

    /** Scans of an approval: pdf or a photo. */
    public static final Set<String> SCANS = Set.of("pdf", "jpg", "jpeg", "png");

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};

    /**
     * Reads and checks an uploaded file: present and not empty, at most {@code max}, an extension of {@code allowed}
     * ({@code typesKey}: the message naming them) and content that is what the extension says; else 422 on
     * {@code file}.
     */
    public static Upload read(MultipartFile file, Set<String> allowed, DataSize max, String typesKey) {
        if (file == null || file.isEmpty()) {
            throw ValidationException.of("file", "common.error.file-required");
        }
        if (file.getSize() > max.toBytes()) {
            throw ValidationException.of("file", "common.error.file-too-large", max.toMegabytes());
        }
        String name = cleanName(file.getOriginalFilename());
        String ext = extension(name);
        if (!allowed.contains(ext)) {
            throw ValidationException.of("file", typesKey);
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!contentMatches(ext, content)) {
            throw ValidationException.of("file", "common.error.content-not-extension", ext);
        }
        return new Upload(name, ext, CONTENT_TYPES.get(ext), content);
    }

    /** The extension in lower case, or "" when the name has none. */
    public static String extension(String filename) {
        if (filename == null) {
            return "";
        }
        int dot = filename.lastIndexOf('.');
        return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    public static boolean allowedExtension(String ext) {
        return CONTENT_TYPES.containsKey(ext);
    }

    /** True when the content is what the extension says. */
    public static boolean contentMatches(String ext, byte[] content) {
        return switch (ext) {
            case "jpg", "jpeg" -> startsWith(content, JPEG);
            case "png" -> startsWith(content, PNG);
            case "pdf" -> startsWith(content, PDF);
            case "docx" -> startsWith(content, ZIP) && contains(content, "word/document.xml");
            case "xlsx" -> startsWith(content, ZIP) && contains(content, "xl/workbook.xml");
            default -> false;
        };
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    private static boolean contains(byte[] content, String ascii) {
        byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i <= content.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (content[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The file's own name without any folder, control characters or more than 200 characters. */
    public static String cleanName(String filename) {
        String name = filename == null ? "" : filename;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Cf}\"\\\\/]", "").strip();
        if (name.length() > 200) {
            String ext = extension(name);
            name = name.substring(0, 199 - ext.length()) + "." + ext;
        }
        return name;
    }

    /**
     * The file with its content type, always saved rather than shown ({@code attachment}, never {@code inline}), under
     * its cleaned name (RFC 6266 {@code filename*} in UTF-8), not sniffed.
     */
    public static ResponseEntity<byte[]> download(String filename, String contentType, byte[] content) {
        String name = cleanName(filename);
        ContentDisposition cd = ContentDisposition.attachment()
                .filename(name.isEmpty() ? "attachment" : name, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, cd.toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }
}
