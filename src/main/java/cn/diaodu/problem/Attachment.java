package cn.diaodu.problem;

import java.time.OffsetDateTime;

/** A photo or document attached to a problem (the content is downloaded separately). */
public record Attachment(long id, long problemId, String filename, String contentType, long size, String uploadedBy,
        OffsetDateTime uploadedAt) {
}
