package cn.diaodu.organisation;

/** 部门、乡镇（街道）、园区、企业、其他. */
public enum UnitKind {
    DEPARTMENT, TOWNSHIP, PARK, ENTERPRISE, OTHER
}
