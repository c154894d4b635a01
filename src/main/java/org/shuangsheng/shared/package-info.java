/**
 * Values used by every module: region paths, resident ID numbers, credit codes, phone numbers,
 * masking, and reading and writing of tables. No beans, no entities.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.shuangsheng.shared;
