package dev.migrations.test.twoheads;

class TwoHeadsOnH2Test extends TwoHeadsContract {
}
