package cn.diaodu.problem;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The files a problem accepts: photos (jpg, png) and documents (pdf, docx, xlsx), recognised by their extension AND
 * their first bytes, so that a renamed file of another kind is refused. DOCX and XLSX are ZIP packages; the part
 * names {@code word/document.xml} and {@code xl/workbook.xml} are stored uncompressed in the package's headers, so
 * the check never unpacks anything.
 */
final class AttachmentTypes {
    private AttachmentTypes() {
    }

    static final Map<String, String> CONTENT_TYPES = Map.of(
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "png", "image/png",
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};

    /** The extension in lower case, or "" when the name has none. */
    static String extension(String filename) {
        if (filename == null) {
            return "";
        }
        int dot = filename.lastIndexOf('.');
        return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static boolean allowedExtension(String ext) {
        return CONTENT_TYPES.containsKey(ext);
    }

    /** True when the content is what the extension says. */
    static boolean contentMatches(String ext, byte[] content) {
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
    static String cleanName(String filename) {
        String name = filename == null ? "" : filename;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Cf}\"\\\\/]", "").strip();
        if (name.length() > 200) {
            String ext = extension(name);
            name = name.substring(0, 199 - ext.length()) + "." + ext;
        }
        return name;
    }
}
