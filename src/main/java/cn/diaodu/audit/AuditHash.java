package cn.diaodu.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.diaodu.common.AuditRecord.Change;

/**
 * The chain's arithmetic: the canonical text of an entry (every stored column, the changes as the stored JSON text,
 * the time as an instant) and its SHA-256 together with the previous entry's hash.
 */
final class AuditHash {
    static final String GENESIS = "0".repeat(64);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Change>> CHANGES = new TypeReference<>() {
    };

    private AuditHash() {
    }

    /** The stored columns of one entry, in the order of the hash. */
    record Row(long id, OffsetDateTime at, String actor, String action, String target, String objectType,
            String objectId, String objectName, String note, String clientIp, String oldValue, String newValue,
            String changes, String prevHash, String hash) {
    }

    static String hash(Row r) {
        List<Object> content = new ArrayList<>(Arrays.asList(r.id(), r.at() == null ? null : r.at().toInstant().toString(),
                r.actor(), r.action(), r.target(), r.objectType(), r.objectId(), r.objectName(), r.note(),
                r.clientIp(), r.oldValue(), r.newValue(), r.changes(), r.prevHash()));
        try {
            byte[] text = JSON.writeValueAsString(content).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The changes as stored: canonical JSON, null when there are none. */
    static String changesText(List<Change> changes) {
        if (changes == null || changes.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Change> changes(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(text, CHANGES);
        } catch (JsonProcessingException e) {
            return List.of(new Change("?", null, text));
        }
    }
}
