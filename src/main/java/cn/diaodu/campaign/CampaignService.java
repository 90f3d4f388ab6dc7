package cn.diaodu.campaign;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.Checks;
import cn.diaodu.common.NotFoundException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.DataScope;
import cn.diaodu.organisation.OrganisationService;

/** Setting up campaigns and reading them (CONTRACT §15). */
@Service
public class CampaignService {
    private final CampaignStore store;
    private final OrganisationService organisation;
    private final ApplicationEventPublisher events;
    private final AppClock clock;
    private final DataScope scope;

    CampaignService(CampaignStore store, OrganisationService organisation, ApplicationEventPublisher events,
            AppClock clock, DataScope scope) {
        this.scope = scope;
        this.store = store;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Campaign create(CampaignInput in, CurrentUser user) {
        CampaignAccess.requireOrganiser(user);
        CampaignInput input = in == null ? new CampaignInput(null, null, null, null, null, null, null) : in;
        Checks.throwIfAny(CampaignRules.ofNew(input, organisation));
        long id = store.insert(input, user.regionCode(), user.username(), clock.now());
        Campaign c = store.find(id).orElseThrow();
        events.publishEvent(new CampaignCreated(id, c.name(), c.kind().name(), c.units().size(), user.username()));
        return c;
    }

    /** The campaign (404) if the user may read it (403). */
    public Campaign get(long id, CurrentUser user) {
        Campaign c = store.find(id).orElseThrow(() -> new NotFoundException("campaign " + id));
        if (!visible(user, c)) {
            throw new cn.diaodu.common.ForbiddenException("campaign " + id);
        }
        return c;
    }

    /**
     * A unit reads the campaigns it reports to; the offices and leaders those set up in their region or below it (a
     * user without a region, every campaign).
     */
    boolean visible(CurrentUser u, Campaign c) {
        if (CampaignAccess.isUnitOf(u, c)) {
            return true;
        }
        if (!CampaignAccess.reads(u, c)) {
            return false;
        }
        return u.regionCode() == null || (c.regionCode() != null && scope.covers(u, c.regionCode()));
    }

    /** The campaigns the user may read, the latest first. */
    public List<Campaign> list(CurrentUser user) {
        return store.all().stream().filter(c -> visible(user, c)).toList();
    }
}
