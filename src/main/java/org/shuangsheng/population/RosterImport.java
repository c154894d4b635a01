package org.shuangsheng.population;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.identity.DataScope;
import org.shuangsheng.identity.DataScopes;
import org.shuangsheng.identity.PersonalDataCipher;
import org.shuangsheng.population.internal.DuplicateIdNumbers;
import org.shuangsheng.population.internal.GridTallies;
import org.shuangsheng.region.RegionLevel;
import org.shuangsheng.region.RegionQueries;
import org.shuangsheng.region.RegionView;
import org.shuangsheng.shared.InvalidValueException;
import org.shuangsheng.shared.PhoneNumber;
import org.shuangsheng.shared.ResidentIdNumber;
import org.shuangsheng.shared.table.ImportGate;
import org.shuangsheng.shared.table.RowError;
import org.shuangsheng.shared.table.RowErrors;
import org.shuangsheng.shared.table.TableFormat;
import org.shuangsheng.shared.table.TableReader;
import org.shuangsheng.shared.table.TableRow;
import org.shuangsheng.shared.table.TableWriter;
import org.shuangsheng.shared.TypedText;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A community's roster (台账) from .xlsx or .csv: one row per resident, rows with the same grid
 * and address forming one household, the 户主 row its head. The file is read as a stream and
 * every row checked in memory, against the database in batches; either every household and
 * resident is added, in one transaction and with batched inserts, or, with every bad row
 * reported by row, column and reason (never by the value, which may be an ID number), none is.
 *
 * <p>An address already registered in the grid is refused, not merged: adding people to an
 * existing household is done on its page, where its members can be seen.
 */
@Service
public class RosterImport {

    public static final String GRID = "网格编码";
    public static final String ADDRESS = "门牌地址";
    public static final String NAME = "姓名";
    public static final String ID_NUMBER = "身份证号";
    public static final String PHONE = "联系电话";
    public static final String RELATION = "与户主关系";
    public static final List<String> COLUMNS = List.of(GRID, ADDRESS, NAME, ID_NUMBER, PHONE, RELATION);

    /**
     * Example rows of the downloadable template: a real demo grid, an address and people named
     * 示例, and a landline, each valid as it stands; the template marks them so that they are
     * never imported themselves. Their ID numbers have a valid check character but the address
     * code 000000, which no region has: a valid number with a real address code may be someone's,
     * and a template is copied everywhere.
     */
    public static final List<List<String>> EXAMPLES = List.of(
            List.of("23050600100101", "示例小区9栋1单元901室", "张示例", example("00000019800101001"), "0469-4221234",
                    "户主"),
            List.of("23050600100101", "示例小区9栋1单元901室", "李示例", example("00000019820202002"), "", "配偶"),
            List.of("23050600100101", "示例小区9栋1单元901室", "张小例", example("00000020100303003"), "", "子女"));

    static final int BATCH = 1_000;

    /** An ID number or a mobile number, or a run of digits as long, anywhere in a text. */
    private static final java.util.regex.Pattern PERSONAL = java.util.regex.Pattern.compile(
            "(?<![0-9])(\\d{17}[0-9Xx]|\\d{11})(?![0-9])|\\d{19,}");

    public record Result(int households, int residents, List<RowError> errors, int errorCount) {

        public boolean succeeded() {
            return errorCount == 0;
        }
    }

    private record Member(int row, ResidentIdNumber idNumber, String idNumberHash, String name, PhoneNumber phone,
            Relation relation) {
    }

    private static final class Draft {
        final int firstRow;
        final RegionView grid;
        final String address;
        final List<Member> members = new ArrayList<>();
        int headRow;
        long id;

        Draft(int firstRow, RegionView grid, String address) {
            this.firstRow = firstRow;
            this.grid = grid;
            this.address = address;
        }
    }

    private final JdbcTemplate jdbc;
    private final RegionQueries regions;
    private final DataScopes scopes;
    private final PersonalDataCipher cipher;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final GridTallies tallies;
    private final ImportGate gate;
    private final DuplicateIdNumbers duplicates;

    RosterImport(JdbcTemplate jdbc, RegionQueries regions, DataScopes scopes, PersonalDataCipher cipher,
            AuditLog audit, Clock clock, PlatformTransactionManager transactions, GridTallies tallies,
            ImportGate gate, DuplicateIdNumbers duplicates) {
        this.gate = gate;
        this.duplicates = duplicates;
        this.transactions = new TransactionTemplate(transactions);
        this.tallies = tallies;
        this.jdbc = jdbc;
        this.regions = regions;
        this.scopes = scopes;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    /** The template with its header and example rows. */
    public static void template(TableFormat format, OutputStream out) {
        TableWriter.importTemplate(format, out, "台账", COLUMNS, EXAMPLES);
    }

    /**
     * Reads and applies a roster into the caller's grids; a file that cannot be read at all
     * throws {@link org.shuangsheng.shared.table.TableFormatException}.
     *
     * <p>The rows are checked first, then inserted in one transaction. Another import (or a
     * registration at a door) may add the same ID number or address in between; the database's
     * unique keys then refuse the insert, the transaction is rolled back whole, and the check is
     * run again so that the report names the rows now taken.
     */
    public Result importRoster(InputStream in, String fileName) {
        try (ImportGate.Slot slot = gate.enter()) {
            return importRoster(slot.reader(TableReader.DEFAULT_MAX_BYTES, TableReader.DEFAULT_MAX_ROWS), in,
                    fileName);
        }
    }

    private Result importRoster(TableReader reader, InputStream in, String fileName) {
        DataScope scope = scopes.current();
        LocalDate today = LocalDate.now(clock);
        RowErrors errors = new RowErrors();
        Map<String, Optional<RegionView>> grids = new HashMap<>();
        Map<String, Draft> households = new LinkedHashMap<>();
        Map<String, Integer> rowOfHash = new HashMap<>();
        int[] rows = {0};
        reader.read(in, fileName, COLUMNS, row -> {
            rows[0]++;
            check(row, scope, today, grids, households, rowOfHash, errors);
        });
        if (rows[0] == 0) {
            errors.add(1, null, "import.empty");
        }
        checkRegistered(rowOfHash, errors);
        checkAddresses(households.values(), errors);
        if (errors.hasErrors()) {
            audit.record(AuditAction.IMPORT, "household", "roster", AuditOutcome.FAILURE,
                    rows[0] + " rows, " + errors.count() + " errors, nothing imported");
            return new Result(0, 0, errors.errors(), errors.count());
        }
        int residents;
        try {
            residents = transactions.execute(status -> insert(households.values()));
        } catch (DataIntegrityViolationException e) {
            RowErrors taken = new RowErrors();
            checkRegistered(rowOfHash, taken);
            checkAddresses(households.values(), taken);
            if (!taken.hasErrors()) {
                taken.add(1, null, "population.import.conflict");
            }
            audit.record(AuditAction.IMPORT, "household", "roster", AuditOutcome.FAILURE,
                    rows[0] + " rows, " + taken.count() + " taken meanwhile, nothing imported");
            return new Result(0, 0, taken.errors(), taken.count());
        }
        audit.record(AuditAction.IMPORT, "household", "roster", AuditOutcome.SUCCESS,
                households.size() + " households, " + residents + " residents");
        return new Result(households.size(), residents, List.of(), 0);
    }

    private void check(TableRow row, DataScope scope, LocalDate today, Map<String, Optional<RegionView>> grids,
            Map<String, Draft> households, Map<String, Integer> rowOfHash, RowErrors errors) {
        int number = row.number();
        int before = errors.count();
        String gridCode = row.get(GRID);
        RegionView grid = null;
        if (gridCode.isEmpty()) {
            errors.add(number, GRID, "population.grid.required");
        } else {
            grid = grids.computeIfAbsent(gridCode, code -> regions.find(code)
                    .filter(g -> g.level() == RegionLevel.GRID && !g.retired())
                    // Outside the scope reads like a grid that does not exist.
                    .filter(g -> scope instanceof DataScope.Regions r && r.covers(g.path()))).orElse(null);
            if (grid == null) {
                errors.add(number, GRID, "population.grid.unknown", quoted(gridCode));
            }
        }
        String address = row.get(ADDRESS);
        if (address.isEmpty()) {
            errors.add(number, ADDRESS, "population.address.required");
        } else if (address.length() > 200 || TypedText.hasHiddenControls(address)) {
            errors.add(number, ADDRESS, "population.address.format");
        }
        String name = row.get(NAME);
        if (name.isEmpty()) {
            errors.add(number, NAME, "population.name.required");
        } else if (name.codePointCount(0, name.length()) > 60 || TypedText.hasHiddenControls(name)) {
            errors.add(number, NAME, "population.name.format");
        }
        ResidentIdNumber idNumber = null;
        String hash = null;
        String idText = row.get(ID_NUMBER);
        if (idText.isEmpty()) {
            errors.add(number, ID_NUMBER, "population.idNumber.required");
        } else {
            try {
                idNumber = ResidentIdNumber.parse(idText, today);
                hash = cipher.idNumberHash(idNumber);
                Integer first = rowOfHash.putIfAbsent(hash, number);
                if (first != null) {
                    errors.add(number, ID_NUMBER, "population.import.idNumber.repeated", first);
                } else {
                    // Rows hashed under another suite or key version, before a re-encryption
                    // moved them, are registered too: look them up under every such hash.
                    for (String other : cipher.idNumberHashes(idNumber)) {
                        rowOfHash.putIfAbsent(other, number);
                    }
                }
            } catch (InvalidValueException e) {
                errors.add(number, ID_NUMBER, e.messageKey());
            }
        }
        PhoneNumber phone = null;
        String phoneText = row.get(PHONE);
        if (!phoneText.isEmpty()) {
            try {
                phone = PhoneNumber.parse(phoneText);
            } catch (InvalidValueException e) {
                errors.add(number, PHONE, e.messageKey());
            }
        }
        Relation relation = relation(row.get(RELATION));
        if (relation == null) {
            // The word is a relation's name, never personal data, so it may be shown.
            errors.add(number, RELATION, "population.relation.unknown", quoted(row.get(RELATION)));
        }
        if (grid == null || address.isEmpty()) {
            return;
        }
        RegionView inGrid = grid;
        Draft household = households.computeIfAbsent(grid.code() + '\u0000' + address,
                key -> new Draft(number, inGrid, address));
        if (relation == Relation.HEAD) {
            if (household.headRow != 0) {
                errors.add(number, RELATION, "population.import.secondHead", household.headRow);
            } else {
                household.headRow = number;
            }
        }
        if (household.members.size() >= PopulationManagement.MAX_MEMBERS) {
            errors.add(number, ADDRESS, "population.members.tooMany", PopulationManagement.MAX_MEMBERS);
        }
        if (errors.count() == before) {
            household.members.add(new Member(number, idNumber, hash, name, phone, relation));
        }
    }

    /**
     * ID numbers already in the database, looked up by their keyed hash, a thousand at a time;
     * one registered outside the caller's scope is answered as {@link DuplicateIdNumbers} does.
     */
    private void checkRegistered(Map<String, Integer> rowOfHash, RowErrors errors) {
        List<String> hashes = new ArrayList<>(rowOfHash.keySet());
        int[] outside = {0};
        for (int from = 0; from < hashes.size(); from += BATCH) {
            List<String> batch = hashes.subList(from, Math.min(from + BATCH, hashes.size()));
            jdbc.query("select id_number_hash, region_path from population_resident where id_number_hash in ("
                    + placeholders(batch.size()) + ")", rs -> {
                        String key = duplicates.messageKeyFor(rs.getString(2));
                        outside[0] += key.equals("population.idNumber.registered") ? 0 : 1;
                        errors.add(rowOfHash.get(rs.getString(1)), ID_NUMBER, key);
                    }, batch.toArray());
        }
        duplicates.auditImport(outside[0]);
    }

    /** Addresses already registered in their grid, per grid, a thousand at a time. */
    private void checkAddresses(java.util.Collection<Draft> households, RowErrors errors) {
        Map<String, List<Draft>> byGrid = households.stream()
                .collect(Collectors.groupingBy(h -> h.grid.code(), LinkedHashMap::new, Collectors.toList()));
        byGrid.forEach((gridCode, drafts) -> {
            for (int from = 0; from < drafts.size(); from += BATCH) {
                List<Draft> batch = drafts.subList(from, Math.min(from + BATCH, drafts.size()));
                Map<String, Draft> byAddress = batch.stream()
                        .collect(Collectors.toMap(d -> d.address, d -> d));
                List<Object> args = new ArrayList<>();
                args.add(gridCode);
                args.addAll(byAddress.keySet());
                jdbc.queryForList("select address from population_household where grid_code = ? and address in ("
                        + placeholders(byAddress.size()) + ")", String.class, args.toArray())
                        .forEach(address -> errors.add(byAddress.get(address).firstRow, ADDRESS,
                                "population.address.taken"));
            }
        });
    }

    /** Households first, then their ids read back by grid and address (unique), then residents. */
    private int insert(java.util.Collection<Draft> drafts) {
        Instant now = clock.instant();
        OffsetDateTime stamp = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        List<Draft> households = new ArrayList<>(drafts);
        for (int from = 0; from < households.size(); from += BATCH) {
            List<Draft> batch = households.subList(from, Math.min(from + BATCH, households.size()));
            jdbc.batchUpdate("insert into population_household (grid_code, region_path, address, notes, created_at,"
                    + " updated_at, version, demo) values (?, ?, ?, null, ?, ?, 0, false)",
                    batch.stream().map(h -> new Object[] {h.grid.code(), h.grid.path(), h.address, stamp, stamp})
                            .toList());
        }
        Map<String, List<Draft>> byGrid = households.stream()
                .collect(Collectors.groupingBy(h -> h.grid.code(), LinkedHashMap::new, Collectors.toList()));
        byGrid.forEach((gridCode, inGrid) -> {
            for (int from = 0; from < inGrid.size(); from += BATCH) {
                List<Draft> batch = inGrid.subList(from, Math.min(from + BATCH, inGrid.size()));
                Map<String, Draft> byAddress = batch.stream().collect(Collectors.toMap(d -> d.address, d -> d));
                List<Object> args = new ArrayList<>();
                args.add(gridCode);
                args.addAll(byAddress.keySet());
                jdbc.query("select id, address from population_household where grid_code = ? and address in ("
                        + placeholders(byAddress.size()) + ")", rs -> {
                            byAddress.get(rs.getString(2)).id = rs.getLong(1);
                        }, args.toArray());
            }
        });
        List<Object[]> residents = households.parallelStream()
                .flatMap(h -> h.members.stream().map(m -> resident(h, m, stamp)))
                .collect(Collectors.toCollection(ArrayList::new));
        for (int from = 0; from < residents.size(); from += BATCH) {
            jdbc.batchUpdate("insert into population_resident (household_id, region_path, name, id_number,"
                    + " id_number_hash, sex, birth_date, phone, phone_hash, relation, resident_type, created_at,"
                    + " updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    residents.subList(from, Math.min(from + BATCH, residents.size())));
        }
        tallies.refresh(households.stream().map(h -> h.grid.path()).collect(Collectors.toSet()));
        return residents.size();
    }

    private Object[] resident(Draft household, Member member, OffsetDateTime stamp) {
        ResidentIdNumber id = member.idNumber();
        PhoneNumber phone = member.phone();
        return new Object[] {household.id, household.grid.path(), member.name(), cipher.encrypt(id.value()),
            member.idNumberHash(), id.sex().name(), id.birthDate(), phone == null ? null : cipher.encrypt(phone.value()),
            cipher.phoneHash(phone), member.relation().name(), ResidentType.REGISTERED.name(), stamp, stamp};
    }

    /** 户主, 配偶… or the code name; an empty cell is 其他 (other). */
    private static Relation relation(String text) {
        if (text.isEmpty()) {
            return Relation.OTHER;
        }
        Relation word = Words.of(Relation.class, text);
        if (word != null) {
            return word;
        }
        try {
            return Relation.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static String example(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /**
     * A cell's text to quote in a message, unless it could be personal data: a cell in the wrong
     * column (an ID number under 网格编码) must not come back in the report.
     */
    private static String quoted(String text) {
        String shown = text.length() > 30 ? text.substring(0, 30) + "…" : text;
        return PERSONAL.matcher(shown).find() ? shown.replaceAll("[0-9Xx]", "*") : shown;
    }
}
