package org.reformkg.resolve;

/** A value with the evidence for it. */
public record Claim<T>(T value, Evidence evidence) {}
