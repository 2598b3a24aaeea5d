package dev.migrations.test.drift;

class DriftOnH2Test extends DriftContract {
}
