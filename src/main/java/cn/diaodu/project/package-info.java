/**
 * The key-project ledger (重点项目台账): projects with their annual plan, monthly plan (倒排工期), dates, lead unit
 * and leader; who may read, edit and report on each. Depends on {@code organisation} and {@code identity}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "identity", "organisation", "common" })
package cn.diaodu.project;
