package dev.tandem.memory.recall;

/**
 * The knobs of the ranking, with the values the evaluation supports as defaults. Kept in one
 * place so that the evaluation can try others without touching the code.
 */
public record RecallTuning(
        double k1, double b,
        int salientTerms, double maxTermShare, double titleWeight, double contextWeight, int candidates,
        double projectBoost, double goalBoost, double memoryBoost,
        double recencyBoost, double recencyDays, double dateHintBoost,
        double speakerBoost, double groupBoost,
        int perGroupInTopFive, double diversityRatio, double floor, double meaningWeight, double unknownWordsShift,
        double meaningSpread, int periodDepth, double lookingBackShare, double periodLift, int wholeTerms, double aimsBoost) {

    /** Measured on the LoCoMo development split; see the README for the figures. */
    public static RecallTuning defaults() {
        return new RecallTuning(
                1.2, 0.3,
                12, 0.4, 0.5, 0.6, 50,
                0.2, 0.3, 0.2,
                0.1, 180, 1.0,
                0.6, 0.3,
                2, 0.8, 0.15, 0.6, 0.5,
                0.3, 20, 1.0, 0.6, 40, 1.0);
    }
    /** A copy with the parameter {@code name} (a component name, e.g. "contextWeight") set to {@code value}. */
    public RecallTuning with(String name, double value) {
        var components = RecallTuning.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean found = false;
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getAccessor().invoke(this);
                if (components[i].getName().equals(name)) {
                    values[i] = types[i] == int.class ? (Object) (int) value : (Object) value;
                    found = true;
                }
            }
            if (!found) {
                throw new IllegalArgumentException("no ranking parameter named " + name);
            }
            return RecallTuning.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
