/**
 * 人口: households and residents of each grid, with ID numbers and phones encrypted and shown
 * masked, every read of a person's record audited, and every query kept to the caller's scope.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Population")
package org.shuangsheng.population;
