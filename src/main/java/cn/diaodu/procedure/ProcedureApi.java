package cn.diaodu.procedure;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.diaodu.common.Uploads;
import cn.diaodu.identity.CurrentUsers;

/** CONTRACT §11: the catalogue of procedure kinds and each project's procedures with the scans of the approvals. */
@RestController
class ProcedureApi {
    private final ProcedureKinds kinds;
    private final ProcedureService procedures;

    ProcedureApi(ProcedureKinds kinds, ProcedureService procedures) {
        this.kinds = kinds;
        this.procedures = procedures;
    }

    /** A kind as the API shows it; the name in the request's language. */
    record KindView(String code, String name) {
        static KindView of(ProcedureKind k) {
            return new KindView(k.code(), k.name());
        }
    }

    @GetMapping("/api/procedures/kinds")
    List<KindView> kinds() {
        CurrentUsers.get();
        return kinds.all().stream().map(KindView::of).toList();
    }

    /** An ADMIN adds a kind at the end of the catalogue: {@code {"code","name"[,"nameEn"]}}. */
    @PostMapping("/api/procedures/kinds")
    @ResponseStatus(HttpStatus.CREATED)
    KindView addKind(@RequestBody(required = false) ProcedureKinds.KindInput in) {
        return KindView.of(kinds.add(in, CurrentUsers.get()));
    }

    @GetMapping("/api/projects/{id}/procedures")
    List<ProcedureItem> list(@PathVariable long id) {
        return procedures.list(id, CurrentUsers.get());
    }

    @PutMapping("/api/projects/{id}/procedures/{code}")
    ProcedureItem put(@PathVariable long id, @PathVariable String code,
            @RequestBody(required = false) ProcedureInput in) {
        return procedures.put(id, code, in, CurrentUsers.get());
    }

    @PostMapping(path = "/api/projects/{id}/procedures/{code}/scan", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ProcedureItem.Scan attach(@PathVariable long id, @PathVariable String code,
            @RequestPart("file") MultipartFile file) {
        return procedures.attachScan(id, code, file, CurrentUsers.get());
    }

    @GetMapping("/api/projects/{id}/procedures/{code}/scan")
    ResponseEntity<byte[]> scan(@PathVariable long id, @PathVariable String code) {
        ProcedureStore.ScanContent s = procedures.scan(id, code, CurrentUsers.get());
        return Uploads.download(s.scan().filename(), s.contentType(), s.content());
    }
}
