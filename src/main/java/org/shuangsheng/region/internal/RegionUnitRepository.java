package org.shuangsheng.region.internal;

import java.util.List;
import java.util.Optional;
import org.shuangsheng.region.RegionLevel;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RegionUnitRepository extends JpaRepository<RegionUnit, Long>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<RegionUnit> {

    Optional<RegionUnit> findByCode(String code);

    boolean existsByCode(String code);

    boolean existsByPath(String path);

    List<RegionUnit> findByCodeIn(java.util.Collection<String> codes);

    List<RegionUnit> findByPathInAndRetiredFalse(java.util.Collection<String> paths);

    List<RegionUnit> findByParentCodeInAndRetiredFalse(java.util.Collection<String> parentCodes);

    @Query("""
            select u from RegionUnit u
            where (:parentCode is null or u.parentCode = :parentCode)
              and (:within is null or u.path like :within)
              and (:level is null or u.level = :level)
              and (:includeRetired = true or u.retired = false)
              and (:text is null or lower(u.name) like :text escape '\\' or u.code like :codePrefix escape '\\')
            """)
    Page<RegionUnit> search(@Param("parentCode") String parentCode, @Param("within") String within,
            @Param("level") RegionLevel level,
            @Param("includeRetired") boolean includeRetired, @Param("text") String text,
            @Param("codePrefix") String codePrefix, Pageable pageable);

    @Query("select count(u) > 0 from RegionUnit u where u.parentCode = :code and u.retired = false")
    boolean hasActiveChildren(@Param("code") String code);

    @Query("select count(u) > 0 from RegionUnit u where u.parentCode = :parentCode and u.name = :name"
            + " and u.retired = false and u.code <> :exceptCode")
    boolean siblingNamed(@Param("parentCode") String parentCode, @Param("name") String name,
            @Param("exceptCode") String exceptCode);

    @Query("select u.parentCode, count(u) from RegionUnit u where u.parentCode in :codes and u.retired = false"
            + " group by u.parentCode")
    List<Object[]> countActiveChildren(@Param("codes") java.util.Collection<String> codes);

    @Query("select u.level, count(u) from RegionUnit u where (u.path = :path or u.path like :descendants)"
            + " and u.retired = false group by u.level")
    List<Object[]> countByLevelWithin(@Param("path") String path, @Param("descendants") String descendants);

    /**
     * Active units strictly below a region, counted per level and per child of the region (the
     * child's path segment): one pass over the region's subtree by its path index, whatever the
     * number of children. The segment expression is {@code RegionPath.childSegmentSql}.
     */
    @Query(value = "SELECT c.child, c.unit_level, COUNT(*) FROM (SELECT CASE WHEN POSITION('/' IN"
            + " SUBSTRING(u.path, :childStart)) = 0 THEN SUBSTRING(u.path, :childStart) ELSE SUBSTRING(u.path,"
            + " :childStart, POSITION('/' IN SUBSTRING(u.path, :childStart)) - 1) END AS child, u.unit_level"
            + " FROM region_unit u WHERE u.path LIKE :descendants AND u.retired = FALSE) c"
            + " GROUP BY c.child, c.unit_level", nativeQuery = true)
    List<Object[]> countByLevelPerChild(@Param("descendants") String descendants, @Param("childStart") int childStart);

    List<RegionUnit> findByParentCodeAndRetiredFalseOrderByPath(String parentCode);

    @Query("select u from RegionUnit u where u.path like :descendants and u.level = :level and u.retired = false"
            + " order by u.path")
    List<RegionUnit> findWithinAtLevel(@Param("descendants") String descendants, @Param("level") RegionLevel level,
            Pageable pageable);

    @Modifying
    @Query("update RegionUnit u set u.path = concat(:newPath, substring(u.path, :cut)) where u.path like :descendants")
    int rebaseDescendants(@Param("newPath") String newPath, @Param("cut") int cut,
            @Param("descendants") String descendants);

    long countByDemoFalse();
}
