package dev.ltl.eval.data;

/** The three official AVE splits, in the order their rows are concatenated into the clip list (§1.1). */
public enum AveSplit {
    TRAIN("trainSet.txt", "train"),
    VAL("valSet.txt", "val"),
    TEST("testSet.txt", "test");

    private final String fileName;
    private final String shortName;

    AveSplit(String fileName, String shortName) {
        this.fileName = fileName;
        this.shortName = shortName;
    }

    /** The annotation file of this split in the official layout, e.g. {@code trainSet.txt}. */
    public String fileName() {
        return fileName;
    }

    /** The short name used in reference file names and reports: train, val or test. */
    public String shortName() {
        return shortName;
    }

    /** The optional reference id list {@code download_ok_<split>_official.txt}. */
    public String downloadOkFileName() {
        return "download_ok_" + shortName + "_official.txt";
    }
}
