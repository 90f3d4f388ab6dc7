package cn.diaodu.identity;

import org.springframework.stereotype.Component;

import cn.diaodu.organisation.ViewerScope;

/** The organisation module's view of the signed-in user: an auditor alone reads nothing there. */
@Component
class CurrentViewerScope implements ViewerScope {

    @Override
    public boolean readsOrganisation() {
        CurrentUser u = CurrentUsers.get();
        return u.hasAny(Role.ADMIN, Role.DISPATCHER, Role.LEADER, Role.REPORTER, Role.SUPERVISOR,
                Role.ATTRACTION);
    }

    @Override
    public String region() {
        return CurrentUsers.get().regionCode();
    }
}
