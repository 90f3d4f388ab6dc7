package cn.diaodu.organisation;

/** 省、市、县（区）、乡镇（街道）、村（社区）. */
public enum RegionLevel {
    PROVINCE, CITY, COUNTY, TOWN, VILLAGE
}
