package dev.migrations;

import java.util.List;

/** A revision that more than one revision revises, and those revisions. */
public record BranchPoint(String revision, String message, List<String> branches) {
}
