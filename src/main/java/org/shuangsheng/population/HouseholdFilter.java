package org.shuangsheng.population;

/**
 * What a list of households is narrowed by, all optional: a grid, part of the address or of a
 * member's name, or a member's exact ID number (found by its keyed hash, never by scanning).
 */
public record HouseholdFilter(String gridCode, String text, String idNumber) {
}
