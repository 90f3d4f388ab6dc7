package cn.diaodu.project;

/** 省级、市级、县级重点项目. */
public enum ProjectLevel {
    PROVINCIAL("省级"), CITY("市级"), COUNTY("县级");

    private final String label;

    ProjectLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
