package org.shuangsheng.region;

import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.InvalidInputException.Violation;
import org.shuangsheng.shared.table.ImportGate;
import org.shuangsheng.shared.table.RowError;
import org.shuangsheng.shared.table.RowErrors;
import org.shuangsheng.shared.table.Table;
import org.shuangsheng.shared.table.TableReader;
import org.shuangsheng.shared.table.TableRow;
import org.shuangsheng.shared.validation.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A region table from .xlsx or .csv, the way a district keeps it: every row is checked first,
 * and either every unit is added or, with every bad row reported, none is.
 */
@Service
public class RegionImport {

    public static final String CODE = "编码";
    public static final String NAME = "名称";
    public static final String KIND = "类型";
    public static final String PARENT = "上级编码";
    public static final List<String> COLUMNS = List.of(CODE, NAME, KIND, PARENT);
    public static final int MAX_ROWS = 50_000;
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final int FLUSH_EVERY = 500;

    /** Example rows of the downloadable template. */
    public static final List<List<String>> EXAMPLES = List.of(
            List.of("230506001", "红旗街道", "街道", "230506"),
            List.of("230506001001", "建设社区", "社区", "230506001"),
            List.of("23050600100101", "第1网格", "网格", "230506001001"));

    /** Kinds as a district writes them in its tables, besides the code names. */
    private static final Map<String, RegionKind> KIND_WORDS = Map.of(
            "区", RegionKind.DISTRICT, "街道", RegionKind.STREET, "乡镇", RegionKind.TOWN, "镇", RegionKind.TOWN,
            "乡", RegionKind.TOWN, "社区", RegionKind.COMMUNITY, "村", RegionKind.VILLAGE, "网格", RegionKind.GRID);

    public record Result(int created, List<RowError> errors, int errorCount) {

        public boolean succeeded() {
            return errorCount == 0;
        }
    }

    private record Row(int number, String code, String name, RegionKind kind, String parentCode) {
    }

    private final RegionManagement management;
    private final RegionQueries queries;
    private final EntityManager entityManager;
    private final ImportGate gate;
    private final Validator validator;

    RegionImport(RegionManagement management, RegionQueries queries, EntityManager entityManager, ImportGate gate,
            Validator validator) {
        this.validator = validator;
        this.gate = gate;
        this.entityManager = entityManager;
        this.management = management;
        this.queries = queries;
    }

    /** Reads and applies a table; a file that cannot be read at all throws TableFormatException. */
    @Transactional
    public Result importTable(InputStream in, String fileName) {
        try (ImportGate.Slot slot = gate.enter()) {
            return importTable(slot.reader(MAX_BYTES, MAX_ROWS).readAll(in, fileName, COLUMNS));
        }
    }

    private Result importTable(Table table) {
        RowErrors errors = new RowErrors();
        List<Row> rows = parse(table.rows(), errors);
        checkTree(rows, errors);
        if (errors.hasErrors()) {
            return new Result(0, errors.errors(), errors.count());
        }
        rows.sort(Comparator.comparing((Row r) -> r.kind().level()).thenComparing(Row::number));
        int created = 0;
        for (Row row : rows) {
            if (++created % FLUSH_EVERY == 0) {
                // Each create queries the table, and every query first checks every entity held
                // for changes: without this, a city-sized file slows down with the square of its size.
                entityManager.flush();
                entityManager.clear();
            }
            try {
                management.create(new NewRegion(row.code(), row.name(), row.kind(), row.parentCode()));
            } catch (InvalidInputException e) {
                // Checked above; a rule met only now still stops the whole file.
                e.violations().forEach(v -> errors.add(row.number(), column(v.field()), v.messageKey(), v.args()));
            }
        }
        if (errors.hasErrors()) {
            org.springframework.transaction.interceptor.TransactionAspectSupport.currentTransactionStatus()
                    .setRollbackOnly();
            return new Result(0, errors.errors(), errors.count());
        }
        return new Result(rows.size(), List.of(), 0);
    }

    private List<Row> parse(List<TableRow> tableRows, RowErrors errors) {
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        if (tableRows.isEmpty()) {
            errors.add(1, null, "import.empty");
        }
        for (TableRow row : tableRows) {
            String code = row.get(CODE);
            String name = row.get(NAME);
            String kindText = row.get(KIND);
            String parent = row.get(PARENT);
            List<Violation> codeWrong = rules("code", code);
            codeWrong.forEach(v -> errors.add(row.number(), CODE, v.messageKey(), v.args()));
            boolean ok = codeWrong.isEmpty();
            if (ok && firstRowOfCode.containsKey(code)) {
                errors.add(row.number(), CODE, "region.import.duplicateCode", code, firstRowOfCode.get(code));
                ok = false;
            } else if (ok && queries.find(code).isPresent()) {
                errors.add(row.number(), CODE, "region.code.taken", code);
                ok = false;
            }
            if (!code.isEmpty()) {
                firstRowOfCode.putIfAbsent(code, row.number());
            }
            List<Violation> nameWrong = rules("name", name);
            nameWrong.forEach(v -> errors.add(row.number(), NAME, v.messageKey(), v.args()));
            ok &= nameWrong.isEmpty();
            Optional<RegionKind> kind = kind(kindText);
            if (kind.isEmpty()) {
                errors.add(row.number(), KIND, kindText.isEmpty() ? "region.kind.required" : "region.import.kind",
                        kindText);
                ok = false;
            }
            if (ok) {
                rows.add(new Row(row.number(), code, name, kind.get(), parent.isEmpty() ? null : parent));
            }
        }
        return rows;
    }

    /** What the constraints of {@link NewRegion}'s {@code field} find in a cell. */
    private List<Violation> rules(String field, String value) {
        return Violations.translate(validator.validateValue(NewRegion.class, field, value));
    }

    /** Each parent must exist, in the database or earlier in the tree of the file, one level up. */
    private void checkTree(List<Row> rows, RowErrors errors) {
        Map<String, Row> inFile = new HashMap<>();
        rows.forEach(r -> inFile.put(r.code(), r));
        Set<String> siblingNames = new HashSet<>();
        for (Row row : rows) {
            Optional<RegionLevel> parentLevel = row.kind().level().parentLevel();
            if (parentLevel.isEmpty()) {
                if (row.parentCode() != null) {
                    errors.add(row.number(), PARENT, "region.parent.notAllowed");
                }
                continue;
            }
            if (row.parentCode() == null) {
                errors.add(row.number(), PARENT, "region.parent.required");
                continue;
            }
            Row fileParent = inFile.get(row.parentCode());
            Optional<RegionView> stored = fileParent == null ? queries.find(row.parentCode()) : Optional.empty();
            RegionLevel actual = fileParent != null ? fileParent.kind().level()
                    : stored.map(RegionView::level).orElse(null);
            if (actual == null) {
                errors.add(row.number(), PARENT, "region.parent.unknown", row.parentCode());
            } else if (stored.isPresent() && stored.get().retired()) {
                errors.add(row.number(), PARENT, "region.parent.retired", row.parentCode());
            } else if (actual != parentLevel.get()) {
                errors.add(row.number(), PARENT, "region.parent.wrongLevel", row.parentCode());
            } else if (!siblingNames.add(row.parentCode() + "/" + row.name())) {
                errors.add(row.number(), NAME, "region.name.taken", row.name());
            }
        }
    }

    static Optional<RegionKind> kind(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String word = text.strip();
        if (KIND_WORDS.containsKey(word)) {
            return Optional.of(KIND_WORDS.get(word));
        }
        return Arrays.stream(RegionKind.values()).filter(k -> k.name().equals(word.toUpperCase(Locale.ROOT)))
                .findFirst();
    }

    /** The kind as the template writes it. */
    public static String word(RegionKind kind) {
        return KIND_WORDS.entrySet().stream().filter(e -> e.getValue() == kind)
                .map(Map.Entry::getKey).max(Comparator.comparingInt(String::length))
                .orElse(kind.name());
    }

    private static String column(String field) {
        return switch (field == null ? "" : field) {
            case "code" -> CODE;
            case "name" -> NAME;
            case "kind" -> KIND;
            case "parentCode" -> PARENT;
            default -> null;
        };
    }
}
