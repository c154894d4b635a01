package org.shuangsheng;

import org.shuangsheng.shared.table.ImportGate;
import org.shuangsheng.shared.table.TableLimits;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

/**
 * The one gate every import of the platform passes ({@code shuangsheng.import.*}): how many run at
 * once on this instance and what each upload may hold. The defaults are those of
 * {@link TableLimits}, where each is explained.
 */
@Configuration
class ImportConfiguration {

    @Bean
    ImportGate importGate(Environment settings) {
        TableLimits limits = new TableLimits(
                settings.getProperty("shuangsheng.import.max-shared-strings", Integer.class,
                        TableLimits.DEFAULT_SHARED_STRINGS),
                settings.getProperty("shuangsheng.import.max-shared-chars", Long.class,
                        TableLimits.DEFAULT_SHARED_CHARS),
                settings.getProperty("shuangsheng.import.max-cells", Long.class, TableLimits.DEFAULT_CELLS),
                settings.getProperty("shuangsheng.import.max-inflated-size", DataSize.class,
                        DataSize.ofBytes(TableLimits.DEFAULT_INFLATED_BYTES)).toBytes());
        return new ImportGate(settings.getProperty("shuangsheng.import.concurrent", Integer.class, 2), limits);
    }
}
