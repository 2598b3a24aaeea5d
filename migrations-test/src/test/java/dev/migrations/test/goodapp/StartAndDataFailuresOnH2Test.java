package dev.migrations.test.goodapp;

class StartAndDataFailuresOnH2Test extends StartAndDataFailuresContract {
}
