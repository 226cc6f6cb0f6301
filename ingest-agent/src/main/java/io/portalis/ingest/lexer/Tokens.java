package io.portalis.ingest.lexer;

import java.util.List;

/** A tokenized source: the tokens (ending with ENDMARKER or ERROR) and the error, if any. */
public record Tokens(List<Token> list, LexError error) {}
