package io.portalis.analysis;

/** Side tables analysis fills for one module; the analysis work defines their content. */
public final class ModuleFacts {
}
