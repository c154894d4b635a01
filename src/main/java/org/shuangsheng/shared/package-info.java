/**
 * Values used by every module: region paths, resident ID numbers, credit codes, phone numbers,
 * masking, reading and writing of tables, the constraints that check typed input with those values
 * ({@code validation}), and the daily claim of scheduled jobs. No beans (the platform's
 * configuration makes the few that need one), no entities.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.shuangsheng.shared;
