package cn.diaodu.campaign;

/** A ledger item's place in the closed loop: 发现 (found), 处置 (handled, awaiting review), 销号 (closed). */
public enum ItemStatus {
    FOUND, HANDLED, CLOSED
}
