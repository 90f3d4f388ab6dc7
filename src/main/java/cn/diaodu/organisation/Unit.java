package cn.diaodu.organisation;

/** A responsible unit (责任单位 / 牵头单位): a department, a township, a park, an enterprise. */
public record Unit(Long id, String name, UnitKind kind, String regionCode) {
}
