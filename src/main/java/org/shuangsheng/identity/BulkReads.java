package org.shuangsheng.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;

/**
 * Which reads copy personal data in bulk besides the downloads: a GET of a
 * {@linkplain PersonalDataLists list with personal data} whose page is larger than
 * {@code shuangsheng.export.bulk-page-size}. Three pages of a thousand rows copied a
 * subdistrict's households as surely as its export does, so such a page spends the user's export
 * budget and its handler audits it as an export. One rule for both, so what is counted is what
 * is audited.
 */
@Component
public class BulkReads {

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final List<String> paths;
    private final int pageSize;

    BulkReads(List<PersonalDataLists> lists, @Value("${shuangsheng.export.bulk-page-size:100}") int pageSize) {
        this.paths = lists.stream().flatMap(l -> l.paths().stream()).toList();
        this.pageSize = pageSize;
    }

    /** The rule for these paths alone, for a test without the platform. */
    public static BulkReads of(int pageSize, String... paths) {
        return new BulkReads(List.of(() -> List.of(paths)), pageSize);
    }

    /** Whether this request reads a page of a list with personal data larger than an ordinary one. */
    public boolean isBulk(HttpServletRequest request) {
        // The method first: reading a parameter of a POST would consume its form body.
        if (!"GET".equals(request.getMethod()) || size(request.getParameter("size")) <= pageSize) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return paths.stream().anyMatch(pattern -> PATHS.match(pattern, path));
    }

    private static long size(String value) {
        if (value == null) {
            return 0;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            // Refused by the handler's validation with 400; no rows leave, nothing to count.
            return 0;
        }
    }
}
