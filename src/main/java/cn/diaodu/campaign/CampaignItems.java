package cn.diaodu.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Checks;
import cn.diaodu.common.ConflictException;
import cn.diaodu.common.Db;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.InputText;
import cn.diaodu.common.NotFoundException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.Unit;

/**
 * A campaign's ledger (台账, CONTRACT §15): items registered by the command office with their unit and due date,
 * worked through the loop of {@link ItemAction}; overdue ⇔ not closed and today after the due date. Every step is
 * recorded and audited.
 */
@Service
public class CampaignItems {
    private static final String SELECT = "select i.id, i.campaign_id, i.title, i.unit_id, u.name, i.due_date, "
            + "i.description, i.status, i.created_by, i.created_at, i.closed_at from campaign_item i "
            + "join unit u on u.id = i.unit_id ";
    private final CampaignService campaigns;
    private final OrganisationService organisation;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AppClock clock;

    CampaignItems(CampaignService campaigns, OrganisationService organisation, JdbcClient jdbc,
            ApplicationEventPublisher events, AppClock clock) {
        this.campaigns = campaigns;
        this.organisation = organisation;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public CampaignItem register(long campaignId, ItemInput in, CurrentUser user) {
        Campaign c = campaigns.get(campaignId, user);
        CampaignAccess.requireOrganiser(user);
        ItemInput input = in == null ? new ItemInput(null, null, null, null) : in;
        List<FieldError> errors = new ArrayList<>();
        Checks.requireText(input.title(), "title", 200, errors);
        InputText.check(input.title(), "title", errors);
        Checks.maxLength(input.description(), "description", 2000, errors);
        InputText.check(input.description(), "description", errors);
        Unit unit = null;
        if (input.unitId() == null) {
            errors.add(new FieldError("unitId", "common.error.required"));
        } else if ((unit = organisation.unit(input.unitId()).orElse(null)) == null) {
            errors.add(FieldError.of("unitId", "campaign.error.unknown-unit", String.valueOf(input.unitId())));
        }
        if (input.dueDate() == null) {
            errors.add(new FieldError("dueDate", "common.error.required"));
        } else {
            InputText.checkDate(input.dueDate(), "dueDate", errors);
        }
        Checks.throwIfAny(errors);
        OffsetDateTime now = clock.now();
        long id = Db.insert(jdbc.sql("insert into campaign_item(campaign_id, title, unit_id, due_date, description, "
                + "status, created_by, created_at) values (?,?,?,?,?,?,?,?)").params(c.id(), input.title().trim(),
                unit.id(), input.dueDate(), Checks.blankToNull(input.description()), ItemStatus.FOUND.name(),
                user.username(), now));
        step(id, "REGISTER", null, ItemStatus.FOUND, null, user, now);
        events.publishEvent(AuditRecord.of("CAMPAIGN_ITEM_REGISTER", "CAMPAIGN_ITEM", id, input.title().trim())
                .withNote(c.name() + " · " + unit.name()).by(user.username()));
        return find(id).orElseThrow();
    }

    @Transactional
    public CampaignItem act(long itemId, String path, String note, CurrentUser user) {
        ItemAction action = ItemAction.of(path);
        if (action == null) {
            throw new NotFoundException("action " + path);
        }
        CampaignItem item = find(itemId).orElseThrow(() -> new NotFoundException("campaign item " + itemId));
        campaigns.get(item.campaignId(), user);
        boolean may = action.byOffice() ? CampaignAccess.organises(user)
                : CampaignAccess.reportsFor(user, item.unitId()) || CampaignAccess.organises(user);
        if (!may) {
            throw new ForbiddenException("campaign item " + itemId);
        }
        List<FieldError> errors = new ArrayList<>();
        Checks.maxLength(note, "note", 1000, errors);
        InputText.check(note, "note", errors);
        Checks.throwIfAny(errors);
        if (!action.allows(item.status())) {
            throw new ConflictException("campaign.error.transition", item.status().name(),
                    action.name().toLowerCase(java.util.Locale.ROOT));
        }
        OffsetDateTime now = clock.now();
        int updated = jdbc.sql("update campaign_item set status = ?, closed_at = ? where id = ? and "
                + action.whereFrom()).params(action.to().name(), action.to() == ItemStatus.CLOSED ? now : null, itemId)
                .update();
        if (updated == 0) {
            throw new ConflictException("campaign.error.transition", item.status().name(),
                    action.name().toLowerCase(java.util.Locale.ROOT));
        }
        step(itemId, action.name(), item.status(), action.to(), Checks.blankToNull(note), user, now);
        events.publishEvent(AuditRecord.of("CAMPAIGN_ITEM_" + action.name(), "CAMPAIGN_ITEM", itemId, item.title())
                .withNote(item.status() + " → " + action.to() + (note == null || note.isBlank() ? "" : "：" + note))
                .by(user.username()));
        return find(itemId).orElseThrow();
    }

    /** The campaign's items, optionally of one status, and only the overdue (true) or the others (false). */
    public List<CampaignItem> list(long campaignId, ItemStatus status, Boolean overdue, CurrentUser user) {
        Campaign c = campaigns.get(campaignId, user);
        boolean unitOnly = !CampaignAccess.organises(user) && !user.has(cn.diaodu.identity.Role.LEADER);
        List<CampaignItem> all = read("where i.campaign_id = :id order by i.due_date, i.id", Map.of("id", c.id()));
        return all.stream().filter(i -> status == null || i.status() == status)
                .filter(i -> overdue == null || i.overdue() == overdue)
                .filter(i -> !unitOnly || (user.unitId() != null && i.unitId() == user.unitId()))
                .toList();
    }

    java.util.Optional<CampaignItem> find(long id) {
        return read("where i.id = :id", Map.of("id", id)).stream().findFirst();
    }

    private void step(long itemId, String action, ItemStatus from, ItemStatus to, String note, CurrentUser user,
            OffsetDateTime now) {
        jdbc.sql("insert into campaign_item_step(item_id, action, from_status, to_status, note, done_by, done_at) "
                + "values (?,?,?,?,?,?,?)").params(itemId, action, from == null ? null : from.name(), to.name(), note,
                user.username(), now).update();
    }

    private List<CampaignItem> read(String where, Map<String, Object> params) {
        LocalDate today = clock.today();
        var spec = jdbc.sql(SELECT + where);
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        List<CampaignItem> bare = spec.query((rs, i) -> {
            ItemStatus s = ItemStatus.valueOf(rs.getString(8));
            LocalDate due = rs.getObject(6, LocalDate.class);
            return new CampaignItem(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                    due, rs.getString(7), s, s != ItemStatus.CLOSED && today.isAfter(due), rs.getString(9),
                    rs.getObject(10, OffsetDateTime.class), rs.getObject(11, OffsetDateTime.class), List.of());
        }).list();
        if (bare.isEmpty()) {
            return bare;
        }
        Map<Long, List<CampaignItem.Step>> steps = new HashMap<>();
        List<Long> ids = bare.stream().map(CampaignItem::id).toList();
        for (int from = 0; from < ids.size(); from += 500) {
            jdbc.sql("select item_id, action, from_status, to_status, note, done_by, done_at from campaign_item_step "
                    + "where item_id in (:ids) order by id").param("ids", ids.subList(from, Math.min(ids.size(),
                    from + 500)))
                    .query((rs, i) -> steps.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new CampaignItem.Step(rs.getString(2), rs.getString(3) == null ? null
                                    : ItemStatus.valueOf(rs.getString(3)), ItemStatus.valueOf(rs.getString(4)),
                                    rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class))))
                    .list();
        }
        return bare.stream().map(i -> new CampaignItem(i.id(), i.campaignId(), i.title(), i.unitId(), i.unitName(),
                i.dueDate(), i.description(), i.status(), i.overdue(), i.createdBy(), i.createdAt(), i.closedAt(),
                List.copyOf(steps.getOrDefault(i.id(), List.of())))).toList();
    }
}
