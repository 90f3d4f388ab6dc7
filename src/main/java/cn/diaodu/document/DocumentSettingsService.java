package cn.diaodu.document;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Checks;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.Role;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.Region;
import cn.diaodu.organisation.RegionLevel;

/**
 * The letterhead settings: one row, changed by an administrator (ADMIN, who configures the installation — regions,
 * units, warning rules, the calendar), every change audited. Without a row the defaults are derived from the city of
 * the region tree: "青岚市重点项目建设领导小组办公室", "青重项办", 主送 the counties and the city's departments.
 */
@Service
public class DocumentSettingsService {
    static final int MARK_MAX = 100;
    static final int PREFIX_MAX = 40;
    static final int TEXT_MAX = 400;

    private final JdbcClient jdbc;
    private final OrganisationService organisation;
    private final ApplicationEventPublisher events;
    private final AppClock clock;

    DocumentSettingsService(JdbcClient jdbc, OrganisationService organisation, ApplicationEventPublisher events,
            AppClock clock) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    public DocumentSettings current() {
        return jdbc.sql("select authority_mark, number_prefix, addressee, copy_to, printed_by from document_settings "
                + "where id = 1")
                .query((rs, i) -> new DocumentSettings(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .optional().orElseGet(this::defaults);
    }

    /** The defaults for the city at the top of the region tree (the first city, else the first root). */
    DocumentSettings defaults() {
        var tree = organisation.regionTree();
        String city = tree.all().stream().filter(r -> r.level() == RegionLevel.CITY).map(Region::name).findFirst()
                .orElse(tree.roots().stream().map(Region::name).findFirst().orElse(""));
        String office = city + "重点项目建设领导小组办公室";
        String prefix = (city.isEmpty() ? "" : city.substring(0, 1)) + "重项办";
        return new DocumentSettings(office, prefix, "各县（市、区）人民政府，" + city + "直各有关部门",
                city + "委办公室，" + city + "人大常委会办公室，" + city + "政府办公室，" + city + "政协办公室",
                office);
    }

    @Transactional
    public DocumentSettings update(DocumentSettings in, CurrentUser user) {
        if (!user.has(Role.ADMIN)) {
            throw new ForbiddenException("document settings are set by an administrator");
        }
        List<FieldError> errors = new ArrayList<>();
        String mark = text(in.authorityMark(), "authorityMark", MARK_MAX, true, errors);
        String prefix = text(in.numberPrefix(), "numberPrefix", PREFIX_MAX, true, errors);
        String to = text(in.addressee(), "addressee", TEXT_MAX, false, errors);
        String cc = text(in.copyTo(), "copyTo", TEXT_MAX, false, errors);
        String by = text(in.printedBy(), "printedBy", MARK_MAX, false, errors);
        Checks.throwIfAny(errors);
        DocumentSettings old = current();
        DocumentSettings now = new DocumentSettings(mark, prefix, to, cc, by);
        int n = jdbc.sql("update document_settings set authority_mark = ?, number_prefix = ?, addressee = ?, "
                + "copy_to = ?, printed_by = ?, updated_by = ?, updated_at = ? where id = 1")
                .params(mark, prefix, to, cc, by, user.username(), clock.now()).update();
        if (n == 0) {
            jdbc.sql("insert into document_settings(id, authority_mark, number_prefix, addressee, copy_to, printed_by, "
                    + "updated_by, updated_at) values (1, ?, ?, ?, ?, ?, ?, ?)")
                    .params(mark, prefix, to, cc, by, user.username(), clock.now()).update();
        }
        events.publishEvent(AuditRecord.of("DOCUMENT_SETTINGS", "DOCUMENT_SETTINGS", 1, mark)
                .withChanges(AuditRecord.changes(old, now)).by(user.username()));
        return now;
    }

    private static String text(String v, String field, int max, boolean required, List<FieldError> errors) {
        String t = v == null ? "" : v.strip();
        if (t.isEmpty()) {
            if (required) {
                errors.add(new FieldError(field, "document.error.required"));
            }
            return null;
        }
        if (t.length() > max) {
            errors.add(FieldError.of(field, "document.error.at-most-characters", max));
        }
        if (t.contains("\n") || t.contains("\r")) {
            errors.add(new FieldError(field, "document.error.one-line-only"));
        }
        return t;
    }
}
