package cn.diaodu.campaign;

/** A unit as a campaign lists it. */
public record UnitRef(long unitId, String unitName) {
}
