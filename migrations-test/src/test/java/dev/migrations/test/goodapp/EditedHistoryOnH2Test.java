package dev.migrations.test.goodapp;

class EditedHistoryOnH2Test extends EditedHistoryContract {
}
