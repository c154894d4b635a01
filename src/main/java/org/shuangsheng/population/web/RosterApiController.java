package org.shuangsheng.population.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuangsheng.population.RosterImport;
import org.shuangsheng.shared.table.ImportBusyException;
import org.shuangsheng.shared.table.ImportLimitException;
import org.shuangsheng.shared.table.TableFormatException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/households/import")
@Tag(name = "households", description = "人口 Households and residents")
class RosterApiController {

    record Imported(int households, int residents) {
    }

    /** One bad cell; {@code row} and {@code field} are null when the file as a whole is at fault. */
    record RowProblem(Integer row, String field, String message) {
    }

    private final RosterImport rosterImport;
    private final MessageSource messages;

    RosterApiController(RosterImport rosterImport, MessageSource messages) {
        this.rosterImport = rosterImport;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a roster (.xlsx or .csv) into the caller's grids, all rows or none; "
            + "422 lists every bad row (at most 1,000, the total in errorCount); 400 for a file beyond the import "
            + "limits; 429 with Retry-After while as many imports as the instance allows are running")
    ResponseEntity<?> importRoster(@RequestParam("file") MultipartFile file) throws IOException {
        RosterImport.Result result;
        try (InputStream in = file.getInputStream()) {
            result = rosterImport.importRoster(in, file.getOriginalFilename());
        } catch (ImportBusyException | ImportLimitException e) {
            // Not a file to correct but a request refused (429, 400): answered by ApiProblems.
            throw e;
        } catch (TableFormatException e) {
            return unprocessable(List.of(new RowProblem(null, null, message(e.messageKey(), e.args()))), 1);
        }
        if (!result.succeeded()) {
            return unprocessable(result.errors().stream()
                    .map(e -> new RowProblem(e.row(), e.field(), message(e.messageKey(), e.args()))).toList(),
                    result.errorCount());
        }
        return ResponseEntity.ok(new Imported(result.households(), result.residents()));
    }

    private ResponseEntity<ProblemDetail> unprocessable(List<RowProblem> errors, int count) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                message("population.import.notImported", count));
        problem.setTitle(message("problem.status.422"));
        problem.setProperties(Map.of("errors", errors, "errorCount", count));
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private String message(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }
}
