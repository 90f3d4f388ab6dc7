package cn.diaodu.procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Checks;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.Role;

/** The catalogue of procedure kinds: read by everyone signed in, extended by an ADMIN (every addition audited). */
@Service
public class ProcedureKinds {
    static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,32}");

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ProcedureKinds(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** A new kind: {@code code} A–Z, 0–9 and _ (at most 32), {@code name} in Chinese, {@code nameEn} optional. */
    public record KindInput(String code, String name, String nameEn) {
    }

    /** Every kind, in the catalogue's order. */
    public List<ProcedureKind> all() {
        return jdbc.sql("select code, name_zh, name_en, sort_order from procedure_kind order by sort_order, code")
                .query((rs, i) -> new ProcedureKind(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
    }

    public java.util.Optional<ProcedureKind> find(String code) {
        return all().stream().filter(k -> k.code().equals(code)).findFirst();
    }

    /** Adds a kind at the end of the catalogue: an ADMIN only (403); 422 for a bad or taken code, a bad name. */
    @Transactional
    public ProcedureKind add(KindInput in, CurrentUser user) {
        if (!user.has(Role.ADMIN)) {
            throw new ForbiddenException("procedure kinds");
        }
        List<FieldError> errors = new ArrayList<>();
        String code = in == null ? null : Checks.blankToNull(in.code());
        String name = in == null ? null : Checks.blankToNull(in.name());
        String nameEn = in == null ? null : Checks.blankToNull(in.nameEn());
        if (code == null) {
            errors.add(new FieldError("code", "common.error.required"));
        } else if (code.length() > 32) {
            errors.add(FieldError.of("code", "common.error.at-most-characters", "32"));
        } else if (!CODE.matcher(code).matches()) {
            errors.add(new FieldError("code", "procedure.error.code-pattern"));
        } else if (find(code).isPresent()) {
            errors.add(FieldError.of("code", "procedure.error.code-taken", code));
        }
        Checks.requireText(name, "name", 100, errors);
        Checks.maxLength(nameEn, "nameEn", 100, errors);
        Checks.throwIfAny(errors);
        Integer last = jdbc.sql("select max(sort_order) from procedure_kind").query(Integer.class).optional()
                .orElse(0);
        ProcedureKind k = new ProcedureKind(code, name, nameEn == null ? name : nameEn, (last == null ? 0 : last) + 10);
        try {
            jdbc.sql("insert into procedure_kind(code, name_zh, name_en, sort_order) values (?,?,?,?)")
                    .params(k.code(), k.nameZh(), k.nameEn(), k.sortOrder()).update();
        } catch (DuplicateKeyException e) {
            throw ValidationException.of("code", "procedure.error.code-taken", code);
        }
        events.publishEvent(AuditRecord.of("PROCEDURE_KIND_CREATE", "PROCEDURE_KIND", k.code(), k.nameZh())
                .withChanges(List.of(new AuditRecord.Change("name", null, k.nameZh()),
                        new AuditRecord.Change("nameEn", null, k.nameEn()))));
        return k;
    }
}
