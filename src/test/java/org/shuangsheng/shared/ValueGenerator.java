package org.shuangsheng.shared;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Valid values built from a seeded {@link Random}, so a failing property test fails the same way
 * on every run. Check characters come from the production helpers, whose arithmetic the unit
 * tests pin down with hand-computed examples.
 */
final class ValueGenerator {

    /** A fixed "today", so that births on the last valid day stay reproducible. */
    static final LocalDate TODAY = LocalDate.of(2020, 3, 15);

    static final int CASES = 500;

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private static final String USCC_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final String SEGMENT_CHARACTERS =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private final Random random;

    ValueGenerator(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    record GeneratedId(String value, String addressCode, LocalDate birthDate, Sex sex) {

        @Override
        public String toString() {
            // Shown as the parameterized test's display name.
            return value;
        }
    }

    GeneratedId idNumber() {
        String addressCode = (1 + random.nextInt(8)) + digits(5);
        long span = ChronoUnit.DAYS.between(EARLIEST, TODAY);
        // Dwell on the edges, where off-by-one mistakes live.
        LocalDate birthDate = switch (random.nextInt(10)) {
            case 0 -> EARLIEST;
            case 1 -> TODAY;
            default -> EARLIEST.plusDays(random.nextLong(span + 1));
        };
        int sequence = random.nextInt(1000);
        String first17 = addressCode
                + String.format("%04d%02d%02d", birthDate.getYear(), birthDate.getMonthValue(), birthDate.getDayOfMonth())
                + String.format("%03d", sequence);
        Sex sex = sequence % 2 == 1 ? Sex.MALE : Sex.FEMALE;
        return new GeneratedId(first17 + ResidentIdNumber.checkCharacter(first17), addressCode, birthDate, sex);
    }

    String uscc() {
        StringBuilder first16 = new StringBuilder();
        first16.append(USCC_CHARACTERS.charAt(random.nextInt(USCC_CHARACTERS.length())));
        first16.append(USCC_CHARACTERS.charAt(random.nextInt(USCC_CHARACTERS.length())));
        first16.append(digits(6));
        for (int i = 0; i < 8; i++) {
            first16.append(USCC_CHARACTERS.charAt(random.nextInt(USCC_CHARACTERS.length())));
        }
        String first17 = first16 + String.valueOf(Uscc.organizationCodeCheckCharacter(first16.substring(8)));
        return first17 + Uscc.checkCharacter(first17);
    }

    String mobile() {
        return "1" + (3 + random.nextInt(7)) + digits(9);
    }

    /** A landline in its normalised form, {@code area-local}. */
    String landline() {
        String area = random.nextBoolean()
                ? (random.nextBoolean() ? "010" : "02" + random.nextInt(10))
                : "0" + (3 + random.nextInt(7)) + digits(2);
        return area + '-' + digits(7 + random.nextInt(2));
    }

    RegionPath regionPath(int minDepth, int maxDepth) {
        int depth = minDepth + random.nextInt(maxDepth - minDepth + 1);
        RegionPath path = RegionPath.root(segment());
        for (int i = 1; i < depth; i++) {
            path = path.child(segment());
        }
        return path;
    }

    String segment() {
        // Mostly short numeric codes like real ones, sometimes anything allowed.
        if (random.nextInt(4) > 0) {
            return digits(1 + random.nextInt(6));
        }
        StringBuilder segment = new StringBuilder();
        int length = 1 + random.nextInt(RegionPath.MAX_SEGMENT_LENGTH);
        for (int i = 0; i < length; i++) {
            segment.append(SEGMENT_CHARACTERS.charAt(random.nextInt(SEGMENT_CHARACTERS.length())));
        }
        return segment.toString();
    }

    String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    /** Any text, including surrogate pairs, lone surrogates, control characters and CJK. */
    String anyText(int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(6)) {
                case 0 -> text.append((char) random.nextInt(0x80));
                case 1 -> text.append((char) ('0' + random.nextInt(10)));
                case 2 -> text.append((char) (0x4E00 + random.nextInt(0x5000)));
                case 3 -> text.appendCodePoint(0x20000 + random.nextInt(0xA6E0));
                case 4 -> text.append((char) (0xD800 + random.nextInt(0x800)));
                default -> text.append((char) random.nextInt(0x10000));
            }
        }
        return text.toString();
    }

    static <T> List<T> many(long seed, Function<ValueGenerator, T> generate) {
        ValueGenerator generator = new ValueGenerator(seed);
        List<T> values = new ArrayList<>(CASES);
        for (int i = 0; i < CASES; i++) {
            values.add(generate.apply(generator));
        }
        return values;
    }
}
