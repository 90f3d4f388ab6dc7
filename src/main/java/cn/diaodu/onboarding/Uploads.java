package cn.diaodu.onboarding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.multipart.MultipartFile;

import cn.diaodu.common.ListExport;
import cn.diaodu.common.ValidationException;
import cn.diaodu.common.XlsxSheetReader;

/** The upload in a temporary file (the reader needs random access to the zip), and the headers of a download. */
final class Uploads {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Uploads() {
    }

    /** What the import does with the uploaded file. */
    interface Work<T> {
        T run(Path file);
    }

    /** Runs {@code work} on the upload kept in a temporary file, deleted afterwards; 422 on an empty or huge one. */
    static <T> T with(MultipartFile file, Work<T> work) throws IOException {
        if (file == null || file.isEmpty()) {
            throw ValidationException.of("file", "reporting.error.file-empty");
        }
        if (file.getSize() > XlsxSheetReader.MAX_FILE_BYTES) {
            throw ValidationException.of("file", "reporting.error.file-too-large",
                    XlsxSheetReader.MAX_FILE_BYTES / 1024 / 1024);
        }
        Path tmp = Files.createTempFile("diaodu-onboarding-", ".xlsx");
        try {
            file.transferTo(tmp);
            return work.run(tmp);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static void download(HttpServletResponse response, String name, String asciiName) {
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ListExport.attachment(name, asciiName));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
