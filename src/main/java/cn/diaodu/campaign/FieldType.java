package cn.diaodu.campaign;

/** The type of a field of a campaign's daily form: a number (summed in the day's totals) or a text. */
public enum FieldType {
    NUMBER, TEXT
}
