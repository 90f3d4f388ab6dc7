package cn.diaodu.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import cn.diaodu.common.Period;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.project.Project;
import cn.diaodu.reporting.ReportPhotos;

/**
 * The demo city's site photos (形象进度照片): for some started projects, a drawn picture of the site with each of the
 * last reported months — a crane beside a building that rises month by month — uploaded by the unit's reporter
 * through {@link ReportPhotos}, so that the grid, the photo timeline and the meeting brief have something to show.
 * The pictures are drawn here (no photographs are shipped).
 */
@Component
class DemoPhotos {
    private final ReportPhotos photos;

    DemoPhotos(ReportPhotos photos) {
        this.photos = photos;
    }

    /** Uploads a picture for each of the given months of the project (months of {@code year}); returns how many. */
    int seed(Project p, int year, java.util.List<Integer> months, CurrentUser reporter) {
        int n = 0;
        for (int i = 0; i < months.size(); i++) {
            String period = new Period(year, months.get(i)).toString();
            byte[] jpeg = draw((int) (p.id() % 5), i + 1, months.size());
            photos.upload(p.id(), period, new Picture("site-" + period + ".jpg", jpeg), "施工现场", reporter);
            n++;
        }
        return n;
    }

    /** A 640 × 420 site: sky, ground, a crane and {@code stage} of {@code of} storeys of the building. */
    static byte[] draw(int variant, int stage, int of) {
        BufferedImage img = new BufferedImage(640, 420, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(120, 170, 225), 0, 300, new Color(215, 232, 245)));
        g.fillRect(0, 0, 640, 300);
        g.setColor(new Color(150, 125, 95));
        g.fillRect(0, 300, 640, 120);
        g.setColor(new Color(175, 150, 115));
        for (int x = 0; x < 640; x += 80) {
            g.fillRect(x + 10, 330 + (x / 80 % 3) * 20, 50, 8);
        }
        int floors = Math.max(1, Math.round(10f * stage / of));
        int left = 220 + variant * 20;
        for (int f = 0; f < floors; f++) {
            int y = 300 - (f + 1) * 22;
            g.setColor(f == floors - 1 ? new Color(190, 190, 185) : new Color(205, 200, 190));
            g.fillRect(left, y, 200, 22);
            g.setColor(new Color(90, 105, 120));
            for (int w = 0; w < 6; w++) {
                g.fillRect(left + 12 + w * 31, y + 6, 16, 10);
            }
        }
        g.setColor(new Color(235, 175, 30));
        g.setStroke(new BasicStroke(6));
        int mast = left + 250;
        g.drawLine(mast, 300, mast, 60);
        g.drawLine(mast - 150, 70, mast + 60, 70);
        g.setStroke(new BasicStroke(2));
        g.drawLine(mast - 90, 70, mast - 90, 300 - floors * 22 - 30);
        g.setColor(new Color(60, 60, 60));
        g.fillRect(mast - 100, 300 - floors * 22 - 30, 20, 12);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A drawn picture as an uploaded file. */
    private record Picture(String name, byte[] bytes) implements MultipartFile {
        @Override
        public String getName() {
            return "files";
        }

        @Override
        public String getOriginalFilename() {
            return name;
        }

        @Override
        public String getContentType() {
            return "image/jpeg";
        }

        @Override
        public boolean isEmpty() {
            return bytes.length == 0;
        }

        @Override
        public long getSize() {
            return bytes.length;
        }

        @Override
        public byte[] getBytes() {
            return bytes.clone();
        }

        @Override
        public InputStream getInputStream() {
            return new java.io.ByteArrayInputStream(bytes);
        }

        @Override
        public void transferTo(java.io.File dest) throws IOException {
            Files.write(dest.toPath(), bytes);
        }

        @Override
        public void transferTo(Path dest) throws IOException {
            Files.write(dest, bytes);
        }
    }
}
