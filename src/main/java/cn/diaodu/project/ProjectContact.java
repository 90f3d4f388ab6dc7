package cn.diaodu.project;

/** The project's contact person (联络员): a name and a phone number, either may be missing. */
public record ProjectContact(String name, String phone) {
}
