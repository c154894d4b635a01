package org.shuangsheng.identity.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.shuangsheng.identity.AccountForm;
import org.shuangsheng.identity.AccountManagement;
import org.shuangsheng.identity.Role;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.table.ImportGate;
import org.shuangsheng.shared.table.RowError;
import org.shuangsheng.shared.table.RowErrors;
import org.shuangsheng.shared.table.TableReader;
import org.shuangsheng.shared.table.TableRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/** Accounts from a spreadsheet, all or none, with every bad row reported. */
@Service
public class AccountImport {

    public static final List<String> COLUMNS = List.of("用户名", "姓名", "角色", "部门", "区划编码", "企业ID", "卡口ID");
    public static final List<List<String>> EXAMPLES = List.of(
            List.of("hongqi-grid07", "张网格", "网格员", "", "23050600100107", "", ""),
            List.of("nongye01", "农业农村局", "职能部门", "AGRICULTURE", "230506", "", ""));
    // Each row hashes a temporary password (about 0.1 s with bcrypt), so a file stays small.
    static final int MAX_ROWS = 1_000;

    private static final Map<String, Role> ROLE_WORDS = Map.of("区指挥部", Role.COMMANDER, "职能部门", Role.DEPARTMENT,
            "街道", Role.SUBDISTRICT_OFFICER, "乡镇", Role.SUBDISTRICT_OFFICER, "网格员", Role.GRID_WORKER,
            "包保干部", Role.CADRE, "卡口值守", Role.CHECKPOINT_GUARD, "企业联络员", Role.ENTERPRISE, "农户", Role.FARMER,
            "系统管理员", Role.ADMIN);

    private static final Map<String, String> FIELD_COLUMNS = Map.of("username", "用户名", "displayName", "姓名",
            "role", "角色", "department", "部门", "regionCodes", "区划编码", "enterpriseId", "企业ID",
            "checkpointId", "卡口ID");

    public record Result(List<AccountManagement.Issued> issued, List<RowError> errors, int errorCount) {
    }

    private final AccountManagement accounts;
    private final ImportGate gate;

    AccountImport(AccountManagement accounts, ImportGate gate) {
        this.gate = gate;
        this.accounts = accounts;
    }

    @Transactional
    public Result importTable(InputStream in, String fileName) {
        try (ImportGate.Slot slot = gate.enter()) {
            return importRows(slot.reader(TableReader.DEFAULT_MAX_BYTES, MAX_ROWS).readAll(in, fileName, COLUMNS)
                    .rows());
        }
    }

    private Result importRows(List<TableRow> rows) {
        RowErrors errors = new RowErrors();
        List<AccountManagement.Issued> issued = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        if (rows.isEmpty()) {
            errors.add(1, null, "import.empty");
        }
        for (TableRow row : rows) {
            String username = row.get("用户名").toLowerCase(Locale.ROOT);
            Integer first = seen.putIfAbsent(username, row.number());
            if (first != null && !username.isEmpty()) {
                errors.add(row.number(), "用户名", "account.import.duplicate", username, first);
                continue;
            }
            Optional<Role> role = role(row.get("角色"));
            if (role.isEmpty()) {
                errors.add(row.number(), "角色", "account.import.role", row.get("角色"));
                continue;
            }
            AccountForm form = new AccountForm();
            form.setUsername(username);
            form.setDisplayName(row.get("姓名"));
            form.setRole(role.get());
            form.setDepartment(row.get("部门"));
            form.setRegionCodes(row.get("区划编码"));
            form.setEnterpriseId(row.get("企业ID"));
            form.setCheckpointId(row.get("卡口ID"));
            try {
                issued.add(accounts.create(form));
            } catch (InvalidInputException e) {
                e.violations().forEach(v -> errors.add(row.number(), FIELD_COLUMNS.get(v.field()), v.messageKey(),
                        v.args()));
            }
        }
        if (errors.hasErrors()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new Result(List.of(), errors.errors(), errors.count());
        }
        return new Result(issued, List.of(), 0);
    }

    static Optional<Role> role(String text) {
        String word = text == null ? "" : text.strip();
        if (ROLE_WORDS.containsKey(word)) {
            return Optional.of(ROLE_WORDS.get(word));
        }
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(word.toUpperCase(Locale.ROOT))).findFirst();
    }
}
