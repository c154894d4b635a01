/**
 * 网格化排查: screening rounds, door-to-door visits and the coverage they give at every level of
 * the region tree; risk levels from rules kept as data; quarantine orders, daily check-ins and
 * release. Reads households and residents only through the population module's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Screening")
package org.shuangsheng.screening;
