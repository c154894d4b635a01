package org.shuangsheng;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shuangsheng.enterprise.workers.ReturningWorkerImport;
import org.shuangsheng.population.RosterImport;
import org.shuangsheng.shared.ResidentIdNumber;

/**
 * Issue 11, finding 11: the import templates held checksum-valid ID numbers with a real address
 * code (110105, Beijing), which may be someone's. Their examples keep a valid check character, so
 * that they show what a number looks like, but no province's code.
 */
class ImportTemplatesTest {

    /** The first two digits of every real address code: 11 (Beijing) to 82 (Macao). */
    static final List<Integer> PROVINCES = IntStream.rangeClosed(11, 82).boxed().toList();

    static Stream<Arguments> templates() {
        return Stream.of(Arguments.of("台账", RosterImport.COLUMNS, RosterImport.EXAMPLES),
                Arguments.of("返岗人员", ReturningWorkerImport.COLUMNS, ReturningWorkerImport.EXAMPLES));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void theTemplatesExampleIdNumbersAreValidButNoRealProvincesAndTheirPeopleAreNamedExamples(String template,
            List<String> columns, List<List<String>> examples) {
        int idNumber = columns.indexOf("身份证号");
        assertThat(examples).isNotEmpty().allSatisfy(row -> {
            String number = row.get(idNumber);
            assertThat(ResidentIdNumber.isValid(number)).as(number).isTrue();
            assertThat(Integer.parseInt(number.substring(0, 2))).as(number).isNotIn(PROVINCES);
            assertThat(row).anySatisfy(cell -> assertThat(cell).contains("示例"));
        });
    }
}
