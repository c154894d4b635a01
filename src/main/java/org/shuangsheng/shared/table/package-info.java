/**
 * Reading and writing tables (.xlsx and .csv): every import and export of the platform goes
 * through here.
 *
 * <p>{@link org.shuangsheng.shared.table.TableReader} streams the first sheet of an upload row
 * by row, matched against the columns the caller expects, with size, row and zip-bomb limits,
 * the {@link org.shuangsheng.shared.table.TableLimits} counted as it streams, and no XML entities.
 * An import takes its reader from a slot of the {@link org.shuangsheng.shared.table.ImportGate},
 * which lets only a set number run at once. {@link org.shuangsheng.shared.table.TableWriter} streams an export or a
 * template to .xlsx or .csv and keeps every text cell from being run as a formula.
 * {@link org.shuangsheng.shared.table.RowErrors} collects what an import found wrong, row by row.
 * Problems with the file itself are {@link org.shuangsheng.shared.table.TableFormatException}s
 * carrying a message key.
 */
package org.shuangsheng.shared.table;
