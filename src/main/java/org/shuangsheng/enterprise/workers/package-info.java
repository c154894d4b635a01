/**
 * 返岗人员: the workers an enterprise expects back (by form or by import), their return with its
 * temperature check, their fourteen-day watch and release, and the counts the daily report shows.
 */
@org.springframework.modulith.NamedInterface("workers")
package org.shuangsheng.enterprise.workers;
