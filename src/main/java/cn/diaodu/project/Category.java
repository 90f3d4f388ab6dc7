package cn.diaodu.project;

/** 项目类别. */
public enum Category {
    INDUSTRY("产业"), INFRASTRUCTURE("基础设施"), AGRICULTURE("农业农村"), SOCIAL("社会民生"), ECOLOGY("生态环保"),
    REAL_ESTATE("房地产"), SERVICES("现代服务业"), OTHER("其他");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    /** The Chinese name used on pages and in documents. */
    public String label() {
        return label;
    }
}
