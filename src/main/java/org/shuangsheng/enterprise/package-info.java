/**
 * 复工复产: enterprises of the district, their resumption filing (报备) with its commitment
 * (承诺书), the task force's post-check and return of a filing, the resumption timetable, and
 * the cadres paired (包保) with enterprises. Every query is kept to the caller's scope: an
 * enterprise's liaison sees its own enterprise only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enterprise")
package org.shuangsheng.enterprise;
