package cn.diaodu.organisation;

/** A region of the GB/T 2260 tree: 6 digits down to county, 9 for a town, 12 for a village. */
public record Region(String code, String name, RegionLevel level, String parentCode) {
}
