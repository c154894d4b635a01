package org.shuangsheng.screening;

/** A key area as typed on the form or sent to the API; every value is checked by {@link KeyAreas}. */
public record NewKeyArea(String name, String level, String validFrom, String validTo) {
}
