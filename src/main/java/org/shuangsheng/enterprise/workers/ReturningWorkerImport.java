package org.shuangsheng.enterprise.workers;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.enterprise.internal.Enterprise;
import org.shuangsheng.enterprise.internal.ReturningWorker;
import org.shuangsheng.enterprise.internal.ReturningWorkerRepository;
import org.shuangsheng.enterprise.registration.EnterpriseImport;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.InvalidInputException.Violation;
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
 * An enterprise's returning workers from .xlsx or .csv, one row per worker, checked by the rules
 * of the form and rated by the risk rules. Either every worker is added, in one transaction, or
 * none is, with every bad row reported by row, column and reason (never the cell's value).
 */
@Service
public class ReturningWorkerImport {

    public static final String NAME = "姓名";
    public static final String ID_NUMBER = "身份证号";
    public static final String PHONE = "联系电话";
    public static final String ORIGIN = "从何处返回";
    public static final String EXPECTED = "预计返岗日期";
    public static final String RETURNED = "返岗日期";
    public static final String TRANSPORT = "交通方式";
    public static final String CONTACT = "接触过确诊或疑似病例";
    public static final String TEMPERATURE = "返岗体温";
    public static final String SYMPTOMS = "症状";
    public static final String REPORTED = "已向社区报告";
    public static final List<String> COLUMNS = List.of(NAME, ID_NUMBER, PHONE, ORIGIN, EXPECTED, RETURNED, TRANSPORT,
            CONTACT, TEMPERATURE, SYMPTOMS, REPORTED);
    static final int MAX_ROWS = 5_000;

    private static final Map<String, String> COLUMN_OF = Map.ofEntries(Map.entry("name", NAME),
            Map.entry("idNumber", ID_NUMBER), Map.entry("phone", PHONE), Map.entry("origin", ORIGIN),
            Map.entry("expectedReturnDate", EXPECTED), Map.entry("returnDate", RETURNED),
            Map.entry("transport", TRANSPORT), Map.entry("contactWithCase", CONTACT),
            Map.entry("temperature", TEMPERATURE), Map.entry("symptoms", SYMPTOMS),
            Map.entry("reportedToCommunity", REPORTED));

    /**
     * Example rows of the template: people named 示例 whose ID numbers have a valid check
     * character but the address code 000000, which no region has, so that they are no one's.
     */
    public static final List<List<String>> EXAMPLES = List.of(
            List.of("王示例", "000000194912310027", "13800138000", "湖北省武汉市", "2020-03-01", "2020-03-02",
                    "G1234 次列车", "否", "36.5", "", "是"),
            List.of("李示例", "000000196003150010", "", "黑龙江省哈尔滨市", "2020-03-05", "", "", "否", "", "", "否"));

    private final ReturningWorkers workers;
    private final ReturningWorkerRepository repository;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final ImportGate gate;

    ReturningWorkerImport(ReturningWorkers workers, ReturningWorkerRepository repository, AuditLog audit,
            PlatformTransactionManager transactions, ImportGate gate) {
        this.gate = gate;
        this.workers = workers;
        this.repository = repository;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactions);
    }

    public static void template(TableFormat format, OutputStream out) {
        TableWriter.importTemplate(format, out, "返岗人员", COLUMNS, EXAMPLES);
    }

    /**
     * Reads and adds the workers of an enterprise the caller may write; a file that cannot be read
     * at all throws {@link org.shuangsheng.shared.table.TableFormatException}.
     */
    public EnterpriseImport.Result importWorkers(long enterpriseId, InputStream in, String fileName) {
        Enterprise enterprise = workers.writable(enterpriseId);
        try (ImportGate.Slot slot = gate.enter()) {
            return importWorkers(enterpriseId, enterprise, slot.reader(TableReader.DEFAULT_MAX_BYTES, MAX_ROWS), in,
                    fileName);
        }
    }

    private EnterpriseImport.Result importWorkers(long enterpriseId, Enterprise enterprise, TableReader reader,
            InputStream in, String fileName) {
        RowErrors errors = new RowErrors();
        Map<String, Integer> rowOfId = new HashMap<>();
        List<ReturningWorker.Details> drafts = new ArrayList<>();
        int[] rows = {0};
        reader.read(in, fileName, COLUMNS, row -> {
            rows[0]++;
            check(enterpriseId, row, rowOfId, drafts, errors);
        });
        if (rows[0] == 0) {
            errors.add(1, null, "import.empty");
        }
        String object = Long.toString(enterpriseId);
        if (errors.hasErrors()) {
            audit.record(AuditAction.IMPORT, "enterprise-returning-worker", object, AuditOutcome.FAILURE,
                    rows[0] + " rows, " + errors.count() + " errors, nothing imported");
            return new EnterpriseImport.Result(0, errors.errors(), errors.count());
        }
        try {
            transactions.executeWithoutResult(status -> {
                repository.saveAll(drafts.stream().map(d -> workers.draft(enterprise, d)).toList());
                repository.flush();
            });
        } catch (DataIntegrityViolationException e) {
            audit.record(AuditAction.IMPORT, "enterprise-returning-worker", object, AuditOutcome.FAILURE,
                    rows[0] + " rows, registered meanwhile, nothing imported");
            return new EnterpriseImport.Result(0, List.of(new RowError(1, ID_NUMBER,
                    "enterprise.returning.idNumber.registered", new Object[0])), 1);
        }
        audit.record(AuditAction.IMPORT, "enterprise-returning-worker", object, AuditOutcome.SUCCESS,
                drafts.size() + " returning workers");
        return new EnterpriseImport.Result(drafts.size(), List.of(), 0);
    }

    private void check(long enterpriseId, TableRow row, Map<String, Integer> rowOfId,
            List<ReturningWorker.Details> drafts, RowErrors errors) {
        int number = row.number();
        List<Violation> violations = new ArrayList<>();
        Boolean contact = yesNo(row.get(CONTACT));
        if (contact == null) {
            violations.add(new Violation("contactWithCase", "enterprise.import.yesNo"));
        }
        Boolean reported = yesNo(row.get(REPORTED));
        if (reported == null) {
            violations.add(new Violation("reportedToCommunity", "enterprise.import.yesNo"));
        }
        ReturningWorker.Details details = null;
        try {
            details = workers.check(new NewReturningWorker(row.get(NAME), row.get(ID_NUMBER), row.get(PHONE),
                    row.get(ORIGIN), row.get(EXPECTED), row.get(RETURNED), row.get(TRANSPORT),
                    Boolean.TRUE.equals(contact), row.get(TEMPERATURE), row.get(SYMPTOMS),
                    Boolean.TRUE.equals(reported)), enterpriseId, null);
        } catch (InvalidInputException e) {
            violations.addAll(e.violations());
        }
        for (Violation v : violations) {
            errors.add(number, COLUMN_OF.get(v.field()), v.messageKey(), v.args());
        }
        if (details == null || !violations.isEmpty()) {
            return;
        }
        Integer first = rowOfId.putIfAbsent(details.idNumberHash(), number);
        if (first != null) {
            errors.add(number, ID_NUMBER, "enterprise.returning.import.repeated", first);
            return;
        }
        drafts.add(details);
    }

    /** Yes or no as a register says it; null when it says neither. */
    private static Boolean yesNo(String text) {
        if (text.isEmpty() || text.equals("否") || text.equalsIgnoreCase("N") || text.equalsIgnoreCase("false")) {
            return false;
        }
        if (text.equals("是") || text.equalsIgnoreCase("Y") || text.equalsIgnoreCase("true")) {
            return true;
        }
        return null;
    }
}
