package org.shuangsheng.enterprise;

/** Size class of an enterprise (大型、中型、小型、微型). */
public enum EnterpriseSize {
    LARGE("大型"), MEDIUM("中型"), SMALL("小型"), MICRO("微型");

    private final String chineseName;

    EnterpriseSize(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The code name (either case) or the Chinese word, with or without 企业; null for anything else. */
    public static EnterpriseSize of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip().replace("企业", "");
        for (EnterpriseSize size : values()) {
            if (size.name().equalsIgnoreCase(value) || size.chineseName.equals(value)
                    || size.chineseName.substring(0, 1).equals(value)) {
                return size;
            }
        }
        return null;
    }
}
