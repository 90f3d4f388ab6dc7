package cn.diaodu.reporting;

import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.diaodu.identity.CurrentUsers;

/** Site photos of a monthly report (issue 12 point 4): upload, list, the picture and its thumbnail, removal. */
@RestController
class ReportPhotoApi {
    private final ReportPhotos photos;

    ReportPhotoApi(ReportPhotos photos) {
        this.photos = photos;
    }

    @PostMapping(path = "/api/projects/{id}/reports/{period}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ReportPhotos.Photo upload(@PathVariable long id, @PathVariable String period,
            @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String caption) {
        return photos.upload(id, period, file, caption, CurrentUsers.get());
    }

    @GetMapping("/api/projects/{id}/reports/{period}/photos")
    List<ReportPhotos.Photo> list(@PathVariable long id, @PathVariable String period) {
        return photos.ofReport(id, period, CurrentUsers.get());
    }

    @GetMapping("/api/photos/{id}")
    ResponseEntity<byte[]> picture(@PathVariable long id) {
        return image(photos.content(id, false, CurrentUsers.get()), false);
    }

    @GetMapping("/api/photos/{id}/thumbnail")
    ResponseEntity<byte[]> thumbnail(@PathVariable long id) {
        return image(photos.content(id, true, CurrentUsers.get()), true);
    }

    @DeleteMapping("/api/photos/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        photos.delete(id, CurrentUsers.get());
    }

    /**
     * A photo shown inline: its type is what the image decoded as (never the uploader's claim), and browsers are told
     * not to sniff; cached privately, since a photo never changes.
     */
    static ResponseEntity<byte[]> image(ReportPhotos.Content c, boolean thumbnail) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(thumbnail ? "image/jpeg" : c.photo().contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(7)).cachePrivate())
                .body(c.bytes());
    }
}
