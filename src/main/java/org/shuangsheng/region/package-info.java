/**
 * 区划与网格: the district's tree of subdistricts, communities and grids, with codes and
 * materialized paths that every scoped record of the platform carries.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Regions")
package org.shuangsheng.region;
