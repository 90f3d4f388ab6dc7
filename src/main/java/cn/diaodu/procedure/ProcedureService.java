package cn.diaodu.procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Checks;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.NotFoundException;
import cn.diaodu.common.Uploads;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectAccess;
import cn.diaodu.project.ProjectService;

/**
 * A project's preliminary procedures (CONTRACT §11): every kind of the catalogue with its record, written by a
 * dispatcher whose scope covers the project or a reporter of its lead unit ({@link ProjectAccess#canReport}), each
 * write audited; the scan of each approval. Checks in the order 404 (project, kind), 403, 422; nothing is written on
 * a refusal.
 */
@Service
public class ProcedureService {
    private final ProcedureStore store;
    private final ProcedureKinds kinds;
    private final ProjectService projects;
    private final ProjectAccess access;
    private final OrganisationService organisation;
    private final ApplicationEventPublisher events;
    private final AppClock clock;
    private final DataSize maxScan;

    ProcedureService(ProcedureStore store, ProcedureKinds kinds, ProjectService projects, ProjectAccess access,
            OrganisationService organisation, ApplicationEventPublisher events, AppClock clock,
            @Value("${diaodu.procedures.max-scan-size:${diaodu.problems.max-attachment-size:10MB}}") DataSize maxScan) {
        this.store = store;
        this.kinds = kinds;
        this.projects = projects;
        this.access = access;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
        this.maxScan = maxScan;
    }

    /** overdue(procedure) ⇔ PENDING or IN_PROGRESS and the planned date before today. */
    static boolean overdue(ProcedureStatus status, java.time.LocalDate planned, java.time.LocalDate today) {
        return status.open() && planned != null && planned.isBefore(today);
    }

    /** Every kind for the project, in the catalogue's order: 404 unknown project, 403 outside the reader's scope. */
    public List<ProcedureItem> list(long projectId, CurrentUser user) {
        Project p = projects.get(projectId, user);
        return items(p);
    }

    /** The items of a project the caller has already been allowed to read. */
    List<ProcedureItem> items(Project p) {
        Map<String, ProcedureState> rows = store.of(List.of(p.id())).getOrDefault(p.id(), Map.of());
        Map<String, ProcedureItem.Scan> scans = store.scans(List.of(p.id())).getOrDefault(p.id(), Map.of());
        Map<Long, String> units = unitNames();
        java.time.LocalDate today = clock.today();
        List<ProcedureItem> out = new ArrayList<>();
        for (ProcedureKind k : kinds.all()) {
            out.add(item(k, rows.get(k.code()), scans.get(k.code()), units, today));
        }
        return out;
    }

    private static ProcedureItem item(ProcedureKind k, ProcedureState s, ProcedureItem.Scan scan,
            Map<Long, String> units, java.time.LocalDate today) {
        if (s == null) {
            return new ProcedureItem(k.code(), k.name(), ProcedureStatus.PENDING, null, null, null, null, null, null,
                    null, false, scan);
        }
        return new ProcedureItem(k.code(), k.name(), s.status(), s.plannedDate(), s.appliedDate(), s.actualDate(),
                s.documentNo(), s.approvingUnitId(), s.approvingUnitId() == null ? null : units.get(s.approvingUnitId()),
                s.note(), overdue(s.status(), s.plannedDate(), today), scan);
    }

    Map<Long, String> unitNames() {
        Map<Long, String> m = new java.util.HashMap<>();
        organisation.units().forEach(u -> m.put(u.id(), u.name()));
        return m;
    }

    /** The project and the kind of a write, and whether the user may write: 404, then 403. */
    private record Target(Project project, ProcedureKind kind) {
    }

    private Target target(long projectId, String code, CurrentUser user) {
        Project p = projects.find(projectId).orElseThrow(() -> new NotFoundException("project " + projectId));
        ProcedureKind k = kinds.find(code).orElseThrow(() -> new NotFoundException("procedure kind " + code));
        access.requireReport(user, p);
        return new Target(p, k);
    }

    /** Whether the user may record the project's procedures (the page shows its forms then). */
    public boolean mayWrite(CurrentUser user, Project p) {
        return access.canReport(user, p);
    }

    /** Records one procedure of a project (PUT …/procedures/{code}) and answers its item. */
    @Transactional
    public ProcedureItem put(long projectId, String code, ProcedureInput in, CurrentUser user) {
        Target t = target(projectId, code, user);
        ProcedureState after = validate(projectId, t.kind().code(), in);
        save(t, after, user);
        return items(t.project()).stream().filter(i -> i.code().equals(t.kind().code())).findFirst().orElseThrow();
    }

    /**
     * The page's row form: the record and, when a file is given, its scan, in one transaction (a refused file
     * leaves the record unwritten too).
     */
    @Transactional
    public void putWithScan(long projectId, String code, ProcedureInput in, MultipartFile file, CurrentUser user) {
        Target t = target(projectId, code, user);
        ProcedureState after = validate(projectId, t.kind().code(), in);
        Uploads.Upload upload = file == null || file.isEmpty() ? null
                : Uploads.read(file, Uploads.SCANS, maxScan, "procedure.error.scan-types");
        save(t, after, user);
        if (upload != null) {
            saveScan(t, upload, user);
        }
    }

    private void save(Target t, ProcedureState after, CurrentUser user) {
        ProcedureState before = store.find(t.project().id(), t.kind().code()).orElse(null);
        store.save(after, user.username(), clock.now());
        ProcedureState was = before != null ? before
                : new ProcedureState(t.project().id(), t.kind().code(), ProcedureStatus.PENDING, null, null,
                        null, null, null, null);
        events.publishEvent(AuditRecord.of("PROCEDURE_UPDATE", "PROJECT_PROCEDURE",
                t.project().id() + "/" + t.kind().code(), t.project().name() + " · " + t.kind().nameZh())
                .withChanges(AuditRecord.changes(was, after, "projectId", "code")));
    }

    private ProcedureState validate(long projectId, String code, ProcedureInput in) {
        List<FieldError> errors = new ArrayList<>();
        if (in == null) {
            in = new ProcedureInput(null, null, null, null, null, null, null);
        }
        ProcedureStatus status = Checks.parseEnum(ProcedureStatus.class, in.status(), "status", errors);
        if (status == ProcedureStatus.DONE && in.actualDate() == null) {
            errors.add(new FieldError("actualDate", "procedure.error.done-needs-date"));
        }
        cn.diaodu.common.InputText.checkDate(in.plannedDate(), "plannedDate", errors);
        cn.diaodu.common.InputText.checkDate(in.appliedDate(), "appliedDate", errors);
        cn.diaodu.common.InputText.checkDate(in.actualDate(), "actualDate", errors);
        String documentNo = Checks.blankToNull(in.documentNo());
        Checks.maxLength(documentNo, "documentNo", 100, errors);
        String note = Checks.blankToNull(in.note());
        Checks.maxLength(note, "note", 1000, errors);
        if (in.approvingUnitId() != null && organisation.unit(in.approvingUnitId()).isEmpty()) {
            errors.add(FieldError.of("approvingUnitId", "procedure.error.unknown-unit", in.approvingUnitId()));
        }
        Checks.throwIfAny(errors);
        return new ProcedureState(projectId, code, status, in.plannedDate(), in.appliedDate(),
                in.actualDate(), documentNo, in.approvingUnitId(), note);
    }

    // ---- scans ---------------------------------------------------------------------------------------------

    /** Attaches the scan of the approval (pdf, jpg, png; at most the attachment limit), replacing an earlier one. */
    @Transactional
    public ProcedureItem.Scan attachScan(long projectId, String code, MultipartFile file, CurrentUser user) {
        Target t = target(projectId, code, user);
        Uploads.Upload upload = Uploads.read(file, Uploads.SCANS, maxScan, "procedure.error.scan-types");
        return saveScan(t, upload, user);
    }

    private ProcedureItem.Scan saveScan(Target t, Uploads.Upload upload, CurrentUser user) {
        ProcedureItem.Scan scan = store.saveScan(t.project().id(), t.kind().code(), upload.filename(),
                upload.contentType(), upload.content(), user.username(), clock.now());
        events.publishEvent(AuditRecord.of("PROCEDURE_SCAN", "PROJECT_PROCEDURE",
                t.project().id() + "/" + t.kind().code(), t.project().name() + " · " + t.kind().nameZh())
                .withChanges(List.of(new AuditRecord.Change("scan", null, upload.filename()))));
        return scan;
    }

    /** The scan for whoever may read the project: 404 for an unknown project or kind, or no scan; audited. */
    public ProcedureStore.ScanContent scan(long projectId, String code, CurrentUser user) {
        Project p = projects.get(projectId, user);
        ProcedureKind k = kinds.find(code).orElseThrow(() -> new NotFoundException("procedure kind " + code));
        ProcedureStore.ScanContent s = store.scan(p.id(), k.code())
                .orElseThrow(() -> new NotFoundException("scan " + projectId + "/" + code));
        events.publishEvent(AuditRecord.of("EXPORT_PROCEDURE_SCAN", "PROJECT_PROCEDURE", p.id() + "/" + k.code(),
                s.scan().filename()));
        return s;
    }

    /** The statuses of the kinds of the catalogue, for the figures. */
    Set<String> kindCodes() {
        Set<String> out = new java.util.LinkedHashSet<>();
        kinds.all().forEach(k -> out.add(k.code()));
        return out;
    }
}
