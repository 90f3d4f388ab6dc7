package cn.diaodu.investment;

/** The kind of agreement signed (签约): 意向协议, 框架协议, 正式合同. */
public enum Agreement {
    INTENT, FRAMEWORK, CONTRACT
}
