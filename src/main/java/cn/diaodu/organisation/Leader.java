package cn.diaodu.organisation;

/** A responsible leader (包抓领导). */
public record Leader(Long id, String name, String title) {
}
