package org.shuangsheng.enterprise.registration;

import jakarta.validation.Validator;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.enterprise.internal.Enterprise;
import org.shuangsheng.enterprise.internal.EnterpriseRepository;
import org.shuangsheng.region.RegionView;
import org.shuangsheng.shared.InvalidInputException.Violation;
import org.shuangsheng.shared.Uscc;
import org.shuangsheng.shared.table.ImportGate;
import org.shuangsheng.shared.table.RowError;
import org.shuangsheng.shared.table.RowErrors;
import org.shuangsheng.shared.table.TableFormat;
import org.shuangsheng.shared.table.TableReader;
import org.shuangsheng.shared.table.TableRow;
import org.shuangsheng.shared.table.TableWriter;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The enterprise register from .xlsx or .csv, one row per enterprise, checked by the same rules
 * as the form. Either every enterprise is added, in one transaction, or none is, with every bad
 * row reported by row, column and reason.
 */
@Service
public class EnterpriseImport {

    public static final String NAME = "企业名称";
    public static final String USCC = "统一社会信用代码";
    public static final String INDUSTRY = "行业门类";
    public static final String SIZE = "企业规模";
    public static final String SUBDISTRICT = "街道/乡镇编码";
    public static final String ADDRESS = "地址";
    public static final String LEGAL = "法定代表人";
    public static final String LIAISON = "联络员";
    public static final String LIAISON_PHONE = "联络员电话";
    public static final String LEAD = "防疫负责人";
    public static final String HEADCOUNT = "职工人数";
    public static final String MAJOR = "省百大项目";
    public static final List<String> COLUMNS = List.of(NAME, USCC, INDUSTRY, SIZE, SUBDISTRICT, ADDRESS, LEGAL,
            LIAISON, LIAISON_PHONE, LEAD, HEADCOUNT, MAJOR);

    /** The column of each field of {@link NewEnterprise}, for the row report. */
    private static final Map<String, String> COLUMN_OF = Map.ofEntries(Map.entry("name", NAME),
            Map.entry("uscc", USCC), Map.entry("industry", INDUSTRY), Map.entry("size", SIZE),
            Map.entry("subdistrictCode", SUBDISTRICT), Map.entry("address", ADDRESS),
            Map.entry("legalRepresentative", LEGAL), Map.entry("liaisonName", LIAISON),
            Map.entry("liaisonPhone", LIAISON_PHONE), Map.entry("preventionLead", LEAD),
            Map.entry("headcount", HEADCOUNT), Map.entry("majorProject", MAJOR));

    /** Example rows of the template: made-up enterprises with valid credit codes in a demo subdistrict. */
    public static final List<List<String>> EXAMPLES = List.of(
            List.of("宝山示例机械制造有限公司", madeUpUscc("91230506MA1BX001"), "C", "小型", "230506001",
                    "红旗街道建设路88号", "张示例", "李联络", "0469-4221234", "王防疫", "86", "否"),
            List.of("宝山示例商贸有限公司", madeUpUscc("91230506MA1BX002"), "批发和零售业", "微型", "230506002",
                    "跃进街道胜利路12号", "赵示例", "钱联络", "0469-4225678", "", "12", "否"));

    public record Result(int imported, List<RowError> errors, int errorCount) {

        public boolean succeeded() {
            return errorCount == 0;
        }
    }

    private final EnterpriseRepository enterprises;
    private final EnterpriseManagement management;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ImportGate gate;
    private final Validator validator;

    EnterpriseImport(EnterpriseRepository enterprises, EnterpriseManagement management, AuditLog audit, Clock clock,
            PlatformTransactionManager transactions, ImportGate gate, Validator validator) {
        this.gate = gate;
        this.validator = validator;
        this.enterprises = enterprises;
        this.management = management;
        this.audit = audit;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactions);
    }

    public static void template(TableFormat format, OutputStream out) {
        TableWriter.importTemplate(format, out, "企业", COLUMNS, EXAMPLES);
    }

    /**
     * Reads and applies a register into the caller's subtree; a file that cannot be read at all
     * throws {@link org.shuangsheng.shared.table.TableFormatException}.
     */
    public Result importEnterprises(InputStream in, String fileName) {
        try (ImportGate.Slot slot = gate.enter()) {
            return importEnterprises(slot.reader(TableReader.DEFAULT_MAX_BYTES, 20_000), in, fileName);
        }
    }

    private Result importEnterprises(TableReader reader, InputStream in, String fileName) {
        Function<String, RegionView> lookup = management.writableSubdistrict();
        Map<String, Optional<RegionView>> seen = new HashMap<>();
        Function<String, RegionView> subdistricts = code -> seen
                .computeIfAbsent(code, c -> Optional.ofNullable(lookup.apply(c))).orElse(null);
        RowErrors errors = new RowErrors();
        Map<String, Integer> rowOfUscc = new LinkedHashMap<>();
        List<Enterprise.Details> drafts = new ArrayList<>();
        int[] rows = {0};
        reader.read(in, fileName, COLUMNS, row -> {
            rows[0]++;
            check(validator, row, subdistricts, rowOfUscc, drafts, errors);
        });
        if (rows[0] == 0) {
            errors.add(1, null, "import.empty");
        }
        checkRegistered(rowOfUscc, errors);
        if (errors.hasErrors()) {
            audit.record(AuditAction.IMPORT, "enterprise", "register", AuditOutcome.FAILURE,
                    rows[0] + " rows, " + errors.count() + " errors, nothing imported");
            return new Result(0, errors.errors(), errors.count());
        }
        try {
            transactions.executeWithoutResult(status -> {
                var now = clock.instant();
                enterprises.saveAll(drafts.stream().map(d -> new Enterprise(d, now)).toList());
                enterprises.flush();
            });
        } catch (DataIntegrityViolationException e) {
            RowErrors taken = new RowErrors();
            checkRegistered(rowOfUscc, taken);
            if (!taken.hasErrors()) {
                taken.add(1, null, "enterprise.import.conflict");
            }
            audit.record(AuditAction.IMPORT, "enterprise", "register", AuditOutcome.FAILURE,
                    rows[0] + " rows, " + taken.count() + " taken meanwhile, nothing imported");
            return new Result(0, taken.errors(), taken.count());
        }
        audit.record(AuditAction.IMPORT, "enterprise", "register", AuditOutcome.SUCCESS,
                drafts.size() + " enterprises");
        return new Result(drafts.size(), List.of(), 0);
    }

    private static void check(Validator validator, TableRow row, Function<String, RegionView> subdistricts,
            Map<String, Integer> rowOfUscc, List<Enterprise.Details> drafts, RowErrors errors) {
        int number = row.number();
        List<Violation> violations = new ArrayList<>();
        Integer headcount = null;
        String headcountText = row.get(HEADCOUNT);
        if (!headcountText.isEmpty()) {
            try {
                headcount = Integer.valueOf(headcountText.replace(",", ""));
            } catch (NumberFormatException e) {
                violations.add(new Violation("headcount", "enterprise.headcount.range"));
            }
        }
        String major = row.get(MAJOR);
        boolean majorProject = major.equals("是") || major.equalsIgnoreCase("Y") || major.equalsIgnoreCase("true");
        if (!major.isEmpty() && !majorProject && !major.equals("否") && !major.equalsIgnoreCase("N")
                && !major.equalsIgnoreCase("false")) {
            violations.add(new Violation("majorProject", "enterprise.import.yesNo"));
        }
        EnterpriseManagement.Checked checked = EnterpriseManagement.check(validator, new NewEnterprise(row.get(NAME),
                row.get(USCC), row.get(INDUSTRY), row.get(SIZE), row.get(SUBDISTRICT), row.get(ADDRESS),
                row.get(LEGAL), row.get(LIAISON), row.get(LIAISON_PHONE), row.get(LEAD), headcount, majorProject),
                subdistricts);
        // The columns this import reads itself first, then the enterprise's fields in their order.
        violations.addAll(checked.violations().toList());
        for (Violation v : violations) {
            errors.add(number, COLUMN_OF.get(v.field()), v.messageKey(), v.args());
        }
        Enterprise.Details details = checked.details();
        if (details == null || !violations.isEmpty()) {
            return;
        }
        Integer first = rowOfUscc.putIfAbsent(details.uscc(), number);
        if (first != null) {
            errors.add(number, USCC, "enterprise.import.uscc.repeated", first);
            return;
        }
        drafts.add(details);
    }

    private void checkRegistered(Map<String, Integer> rowOfUscc, RowErrors errors) {
        List<String> codes = new ArrayList<>(rowOfUscc.keySet());
        for (int from = 0; from < codes.size(); from += 1000) {
            enterprises.findByUsccIn(codes.subList(from, Math.min(from + 1000, codes.size())))
                    .forEach(e -> errors.add(rowOfUscc.get(e.getUscc()), USCC, "enterprise.uscc.taken"));
        }
    }

    /**
     * A valid credit code from its first 16 characters, both check characters computed: for
     * templates and demo data, never for real enterprises.
     */
    public static String madeUpUscc(String first16) {
        String first17 = first16 + Uscc.organizationCodeCheckCharacter(first16.substring(8, 16));
        return first17 + Uscc.checkCharacter(first17);
    }
}
