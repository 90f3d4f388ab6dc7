package cn.diaodu.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Checks;
import cn.diaodu.common.Db;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.NotFoundException;
import cn.diaodu.common.Period;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.Role;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectAccess;
import cn.diaodu.project.ProjectService;

/**
 * Site photos (形象进度照片) of a monthly report: several per month, uploaded by whoever may report on the project
 * (from the phone grid's photo page or the API), JPEG or PNG of at most {@code diaodu.reports.max-photo-size}
 * (10 MB), decoded to check that it is an image and to make its thumbnail; read by whoever reads the project; removed
 * by its uploader or a dispatcher. Every upload and removal is audited.
 */
@Service
public class ReportPhotos {
    private final JdbcClient jdbc;
    private final ProjectService projects;
    private final ProjectAccess access;
    private final ReportService reports;
    private final AppClock clock;
    private final ApplicationEventPublisher events;
    private final DataSize maxPhoto;

    ReportPhotos(JdbcClient jdbc, ProjectService projects, ProjectAccess access, ReportService reports, AppClock clock,
            ApplicationEventPublisher events, @Value("${diaodu.reports.max-photo-size:10MB}") DataSize maxPhoto) {
        this.jdbc = jdbc;
        this.projects = projects;
        this.access = access;
        this.reports = reports;
        this.clock = clock;
        this.events = events;
        this.maxPhoto = maxPhoto;
    }

    /** A photo's description (not its bytes). */
    public record Photo(long id, long projectId, String period, String filename, String contentType, long size,
            int width, int height, String caption, String uploadedBy, OffsetDateTime uploadedAt) {
    }

    /** A photo's bytes (the picture or its thumbnail) with its description. */
    public record Content(Photo photo, byte[] bytes) {
    }

    private static final String SELECT = "select id, project_id, report_year, report_month, filename, content_type, "
            + "size_bytes, width, height, caption, uploaded_by, uploaded_at from report_photo";

    private static Photo row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Photo(rs.getLong(1), rs.getLong(2), new Period(rs.getInt(3), rs.getInt(4)).toString(),
                rs.getString(5), rs.getString(6), rs.getLong(7), rs.getInt(8), rs.getInt(9), rs.getString(10),
                rs.getString(11), rs.getObject(12, OffsetDateTime.class));
    }

    @Transactional
    public Photo upload(long projectId, String periodText, MultipartFile file, String caption, CurrentUser user) {
        Project p = projects.find(projectId).orElseThrow(() -> new NotFoundException("project " + projectId));
        access.requireReport(user, p);
        Period period = Period.parse(periodText, "period");
        List<FieldError> errors = new ArrayList<>();
        reports.checkPeriod(p, period, "period", errors);
        Checks.maxLength(caption, "caption", 200, errors);
        Checks.throwIfAny(errors);
        if (file == null || file.isEmpty()) {
            throw ValidationException.of("file", "reporting.photo.error.required");
        }
        if (file.getSize() > maxPhoto.toBytes()) {
            throw ValidationException.of("file", "reporting.photo.error.too-large", maxPhoto.toMegabytes());
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PhotoImage image = PhotoImage.of(content);
        if (image == null) {
            throw ValidationException.of("file", "reporting.photo.error.not-image");
        }
        String name = cleanName(file.getOriginalFilename(), image.format());
        OffsetDateTime now = clock.now();
        long id = Db.insert(jdbc.sql("insert into report_photo(project_id, report_year, report_month, filename, "
                + "content_type, size_bytes, width, height, content, thumbnail, caption, uploaded_by, uploaded_at) "
                + "values (?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(projectId, period.year(), period.month(), name, image.contentType(), (long) content.length,
                        image.width(), image.height(), content, image.thumbnail(), Checks.blankToNull(caption),
                        user.username(), now));
        events.publishEvent(AuditRecord.of("REPORT_PHOTO_UPLOAD", "REPORT_PHOTO", id, name)
                .withNote(p.code() + " " + period).by(user.username()));
        return find(id).orElseThrow();
    }

    /**
     * Several photos at once (a phone's multiple choice): all are taken or none; a refused file is named
     * {@code files[i]} with the reason it was refused.
     */
    @Transactional
    public List<Photo> uploadAll(long projectId, String period, List<MultipartFile> files, String caption,
            CurrentUser user) {
        List<MultipartFile> chosen = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
        if (chosen.isEmpty()) {
            throw ValidationException.of("files", "reporting.photo.error.required");
        }
        List<Photo> out = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            try {
                out.add(upload(projectId, period, chosen.get(i), caption, user));
            } catch (ValidationException e) {
                for (FieldError err : e.errors()) {
                    String field = err.field().equals("file") ? "files[" + i + "]" : err.field();
                    errors.add(new FieldError(field, err.key(), null, chosen.get(i).getOriginalFilename(), err.args()));
                }
            }
        }
        Checks.throwIfAny(errors);
        return out;
    }

    /** The photos of a project's month, oldest first, for whoever reads the project. */
    public List<Photo> ofReport(long projectId, String periodText, CurrentUser user) {
        Project p = projects.get(projectId, user);
        Period period = Period.parse(periodText, "period");
        return jdbc.sql(SELECT + " where project_id = ? and report_year = ? and report_month = ? order by id")
                .params(p.id(), period.year(), period.month()).query(ReportPhotos::row).list();
    }

    /** Every photo of the project, newest month first: the photo timeline of the project page. */
    public Map<String, List<Photo>> timeline(long projectId, CurrentUser user) {
        Project p = projects.get(projectId, user);
        Map<String, List<Photo>> out = new LinkedHashMap<>();
        jdbc.sql(SELECT + " where project_id = ? order by report_year desc, report_month desc, id")
                .param(p.id()).query(ReportPhotos::row).list()
                .forEach(ph -> out.computeIfAbsent(ph.period(), k -> new ArrayList<>()).add(ph));
        return out;
    }

    /** The latest photo of each project (callers check access): for the meeting brief. */
    public Map<Long, Photo> latest(Collection<Long> projectIds) {
        Map<Long, Photo> out = new LinkedHashMap<>();
        List<Long> ids = List.copyOf(projectIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            jdbc.sql(SELECT + " where id in (select max(id) from report_photo where project_id in (:ids) "
                    + "group by project_id)").param("ids", chunk).query(ReportPhotos::row).list()
                    .forEach(ph -> out.put(ph.projectId(), ph));
        }
        return out;
    }

    /** The picture ({@code thumbnail} false) or its thumbnail, for whoever reads the project. */
    public Content content(long id, boolean thumbnail, CurrentUser user) {
        Photo ph = find(id).orElseThrow(() -> new NotFoundException("photo " + id));
        projects.get(ph.projectId(), user);
        byte[] bytes = jdbc.sql("select " + (thumbnail ? "thumbnail" : "content") + " from report_photo where id = ?")
                .param(id).query((rs, i) -> rs.getBytes(1)).single();
        return new Content(ph, bytes);
    }

    /** A photo's thumbnail, whoever asks (callers check access): for the meeting brief. */
    public byte[] thumbnailOf(long photoId) {
        return jdbc.sql("select thumbnail from report_photo where id = ?").param(photoId)
                .query((rs, i) -> rs.getBytes(1)).optional().orElseThrow(() -> new NotFoundException("photo " + photoId));
    }

    /** Removes a photo: its uploader, or a dispatcher who may report on the project. */
    @Transactional
    public void delete(long id, CurrentUser user) {
        Photo ph = find(id).orElseThrow(() -> new NotFoundException("photo " + id));
        Project p = projects.get(ph.projectId(), user);
        boolean own = ph.uploadedBy().equals(user.username()) && access.canReport(user, p);
        if (!own && !(user.has(Role.DISPATCHER) && access.canReport(user, p))) {
            throw new ForbiddenException("photo " + id);
        }
        jdbc.sql("delete from report_photo where id = ?").param(id).update();
        events.publishEvent(AuditRecord.of("REPORT_PHOTO_DELETE", "REPORT_PHOTO", id, ph.filename())
                .withNote(p.code() + " " + ph.period()).by(user.username()));
    }

    private Optional<Photo> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(ReportPhotos::row).optional();
    }

    /** The file's own name without any path, at most 100 characters, with the extension of what it really is. */
    static String cleanName(String original, String format) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "").trim();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        if (base.isBlank()) {
            base = "photo";
        }
        if (base.length() > 100) {
            base = base.substring(0, 100);
        }
        return base + (format.equals("png") ? ".png" : ".jpg");
    }
}
