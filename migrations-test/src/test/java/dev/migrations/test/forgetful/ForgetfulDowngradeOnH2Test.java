package dev.migrations.test.forgetful;

class ForgetfulDowngradeOnH2Test extends ForgetfulDowngradeContract {
}
