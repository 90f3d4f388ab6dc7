package cn.diaodu.campaign;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The closed loop of a ledger item in one place (CONTRACT §15): 发现 → 处置 → 复核 → 销号. {@code handle} by the unit's
 * reporter (FOUND → HANDLED), {@code verify} by the command office (HANDLED → CLOSED, 复核销号), {@code reopen} by the
 * command office (HANDLED → FOUND, 复核不通过); anything else is refused (409). Checked and written as one conditional
 * update, so that of two concurrent identical steps one succeeds.
 */
public enum ItemAction {
    HANDLE(EnumSet.of(ItemStatus.FOUND), ItemStatus.HANDLED, false),
    VERIFY(EnumSet.of(ItemStatus.HANDLED), ItemStatus.CLOSED, true),
    REOPEN(EnumSet.of(ItemStatus.HANDLED), ItemStatus.FOUND, true);

    private final Set<ItemStatus> from;
    private final ItemStatus to;
    private final boolean byOffice;

    ItemAction(Set<ItemStatus> from, ItemStatus to, boolean byOffice) {
        this.from = from;
        this.to = to;
        this.byOffice = byOffice;
    }

    public boolean allows(ItemStatus status) {
        return from.contains(status);
    }

    public ItemStatus to() {
        return to;
    }

    /** Whether the command office takes the step (else the item's unit). */
    public boolean byOffice() {
        return byOffice;
    }

    /** The action of a path segment (handle, verify, reopen), or null. */
    static ItemAction of(String path) {
        for (ItemAction a : values()) {
            if (a.name().toLowerCase(Locale.ROOT).equals(path)) {
                return a;
            }
        }
        return null;
    }

    String whereFrom() {
        return cn.diaodu.common.StatusGuard.statusIn(from);
    }
}
