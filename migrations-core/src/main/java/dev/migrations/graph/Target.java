package dev.migrations.graph;

/** A parsed target (see {@link TargetParser}): what the user typed, before it is looked up in a graph. */
sealed interface Target {

    /** Written back as the user could have typed it, for messages. */
    String spelled();

    /** Every head. */
    record Heads() implements Target {
        public String spelled() {
            return "heads";
        }
    }

    /** The single head. */
    record Head() implements Target {
        public String spelled() {
            return "head";
        }
    }

    /** The empty state. */
    record Base() implements Target {
        public String spelled() {
            return "base";
        }
    }

    /** The database's current heads; only meaningful as a history range endpoint. */
    record Current() implements Target {
        public String spelled() {
            return "current";
        }
    }

    /** A revision id, a prefix of one, or a branch label. */
    record Named(String text) implements Target {
        public String spelled() {
            return text;
        }
    }

    /** {@code label@head}: the single head of a branch. */
    record BranchHead(String label) implements Target {
        public String spelled() {
            return label + "@head";
        }
    }

    /** {@code label@base}: where a branch starts. */
    record BranchBase(String label) implements Target {
        public String spelled() {
            return label + "@base";
        }
    }

    /** {@code <anchor>+N} / {@code <anchor>-N}: steps along the graph from a single revision. */
    record Step(Target anchor, int steps) implements Target {
        public String spelled() {
            return anchor.spelled() + (steps > 0 ? "+" : "") + steps;
        }
    }

    /** {@code +N}, {@code -N}, {@code label@+N}, {@code label@-N}: steps from the current state. */
    record Relative(String label, int steps) implements Target {
        public String spelled() {
            return (label == null ? "" : label + "@") + (steps > 0 ? "+" : "") + steps;
        }

        boolean isUp() {
            return steps > 0;
        }

        int count() {
            return Math.abs(steps);
        }
    }
}
