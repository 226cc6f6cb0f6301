package io.portalis.cuda.census;

/** The census of one file, named as the user gave its root plus the path under it. */
public record FileCensus(String path, Census census) {}
