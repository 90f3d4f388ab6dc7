package cn.diaodu.reporting;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A site photo as the JDK's image I/O decodes it: JPEG or PNG only (what phones send and every browser shows), its
 * size, and a JPEG thumbnail at most 320 px wide. A file that does not decode as one of the two is not a photo.
 */
record PhotoImage(String format, int width, int height, byte[] thumbnail) {
    static final int THUMB = 320;
    /** Pixels above which a photo is refused before decoding (a 100-megapixel image would need 400 MB). */
    static final long MAX_PIXELS = 60_000_000L;

    /** The decoded photo, or null when the bytes are not a JPEG or PNG image of a sensible size. */
    static PhotoImage of(byte[] content) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            if (in == null) {
                return null;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase();
                if (!format.equals("jpeg") && !format.equals("png")) {
                    return null;
                }
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w <= 0 || h <= 0 || (long) w * h > MAX_PIXELS) {
                    return null;
                }
                BufferedImage image = reader.read(0);
                return new PhotoImage(format, w, h, thumbnail(image));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    String contentType() {
        return format.equals("png") ? "image/png" : "image/jpeg";
    }

    private static byte[] thumbnail(BufferedImage image) {
        int w = Math.min(THUMB, image.getWidth());
        int h = Math.max(1, (int) Math.round((double) image.getHeight() * w / image.getWidth()));
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(small, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
