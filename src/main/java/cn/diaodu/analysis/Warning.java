package cn.diaodu.analysis;

/** 红色预警、黄色预警、正常. */
public enum Warning {
    RED("红色预警"), YELLOW("黄色预警"), GREEN("正常");

    private final String label;

    Warning(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
