package cn.diaodu.bulletin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import cn.diaodu.identity.CurrentUsers;

/**
 * CONTRACT §8: the monthly bulletin as a DOCX (GB/T 9704 layout) and its XLSX annex, for a DISPATCHER or LEADER;
 * {@code period} is "YYYY-MM" (the bulletin covers months 1..M of the year), {@code regionCode} narrows the scope.
 * Malformed period or unknown region → 422; another role or a region outside the caller's scope → 403.
 */
@RestController
@RequestMapping("/api/bulletins")
class BulletinApi {
    private final BulletinFiles files;

    BulletinApi(BulletinFiles files) {
        this.files = files;
    }

    @Operation(summary = "月通报（DOCX，GB/T 9704 版式）")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = BulletinFiles.DOCX))
    @GetMapping("/{period}.docx")
    void docx(@PathVariable String period, @RequestParam(required = false) String regionCode,
            HttpServletResponse res) throws IOException {
        files.docx(period, regionCode, CurrentUsers.get(), res);
    }

    @Operation(summary = "月通报附件：项目明细（XLSX）")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = BulletinFiles.XLSX))
    @GetMapping("/{period}.xlsx")
    void xlsx(@PathVariable String period, @RequestParam(required = false) String regionCode,
            HttpServletResponse res) throws IOException {
        files.xlsx(period, regionCode, CurrentUsers.get(), res);
    }
}
