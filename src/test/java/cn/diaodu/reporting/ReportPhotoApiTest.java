package cn.diaodu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/** Site photos of a monthly report (issue 12 point 4): JPEG and PNG only, checked by decoding, with thumbnails. */
public class ReportPhotoApiTest extends ApiTest {

    public static byte[] image(String format, int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(40, 120, 200));
        g.fillRect(0, 0, w, h);
        g.setColor(Color.ORANGE);
        g.fillOval(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    @Test
    void photosAreTakenListedShownAsThumbnailsAndRemoved() throws Exception {
        World w = world();
        long id = created(as(w.dispatcher).post("/api/projects", project("城南污水厂", w.countyA, w.unitA, null, "500")))
                .id();
        String path = "/api/projects/" + id + "/reports/2024-06/photos";
        Api.Res jpg = upload(w.reporterA, path, "file", "../../现场.JPG", image("jpeg", 1600, 1200));
        assertThat(jpg.status()).as("%s", jpg).isEqualTo(201);
        assertThat(jpg.get("filename").asText()).isEqualTo("现场.jpg");
        assertThat(jpg.get("contentType").asText()).isEqualTo("image/jpeg");
        assertThat(jpg.get("width").asInt()).isEqualTo(1600);
        Api.Res png = upload(w.reporterA, path, "file", "航拍.png", image("png", 800, 400));
        assertThat(png.status()).isEqualTo(201);

        // not an image, whatever the name says; too large; nothing named; another unit
        invalid(upload(w.reporterA, path, "file", "假照片.jpg", "GIF89a not really".getBytes(StandardCharsets.UTF_8)),
                "file");
        invalid(upload(w.reporterA, path, "file", "animation.gif", gif()), "file");
        invalid(upload(w.reporterA, path, "file", "empty.jpg", new byte[0]), "file");
        byte[] big = new byte[11 * 1024 * 1024];
        System.arraycopy(image("jpeg", 10, 10), 0, big, 0, 100);
        invalid(upload(w.reporterA, path, "file", "big.jpg", big), "file");
        invalid(upload(w.reporterA, "/api/projects/" + id + "/reports/2024-09/photos", "file", "x.jpg",
                image("jpeg", 10, 10)), "period");
        assertThat(upload(w.reporterB, path, "file", "x.jpg", image("jpeg", 10, 10)).status()).isEqualTo(403);
        assertThat(upload(w.reporterA, "/api/projects/999999999/reports/2024-06/photos", "file", "x.jpg",
                image("jpeg", 10, 10)).status()).isEqualTo(404);

        JsonNode list = ok(as(w.leaderUser).get(path)).body();
        assertThat(list).hasSize(2);
        assertThat(as(w.reporterB).get(path).status()).isEqualTo(403);

        Download thumb = fetch(w.reporterA, "/api/photos/" + jpg.id() + "/thumbnail");
        assertThat(thumb.status()).isEqualTo(200);
        assertThat(thumb.header("Content-Type")).startsWith("image/jpeg");
        assertThat(thumb.header("X-Content-Type-Options")).isEqualTo("nosniff");
        BufferedImage t = ImageIO.read(new ByteArrayInputStream(thumb.body()));
        assertThat(t.getWidth()).isEqualTo(320);
        assertThat(t.getHeight()).isEqualTo(240);
        Download full = fetch(w.reporterA, "/api/photos/" + png.id());
        assertThat(full.header("Content-Type")).startsWith("image/png");
        assertThat(ImageIO.read(new ByteArrayInputStream(full.body())).getWidth()).isEqualTo(800);

        assertThat(as(w.reporterB).send("DELETE", "/api/photos/" + jpg.id(), null).status()).isEqualTo(403);
        assertThat(as(w.leaderUser).send("DELETE", "/api/photos/" + jpg.id(), null).status()).isEqualTo(403);
        assertThat(as(w.reporterA).send("DELETE", "/api/photos/" + jpg.id(), null).status()).isEqualTo(204);
        assertThat(ok(as(w.dispatcher).get(path)).body()).hasSize(1);
        assertThat(as(w.dispatcher).get("/api/photos/" + jpg.id()).status()).isEqualTo(404);
    }

    private static byte[] gif() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "gif", out);
        return out.toByteArray();
    }
}
