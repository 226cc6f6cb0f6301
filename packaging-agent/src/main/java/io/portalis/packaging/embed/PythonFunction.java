package io.portalis.packaging.embed;

import com.fasterxml.jackson.databind.JavaType;

/**
 * One translated function with its result type fixed: {@code module.function("add", Long.class)}.
 * Thread-safe, like its module.
 *
 * @param <R> what the JSON result is read as (a boxed number, {@code String}, {@code List},
 *            {@code Map}, a record whose components are a dataclass's fields, …)
 */
public final class PythonFunction<R> {
    private final PythonModule module;
    private final int index;
    private final String name;
    private final JavaType type;

    PythonFunction(PythonModule module, int index, String name, JavaType type) {
        this.module = module;
        this.index = index;
        this.name = name;
        this.type = type;
    }

    /**
     * Calls the function with {@code args} mapped to JSON.
     *
     * @throws PythonException if the function raised
     * @throws ModuleFailure   if the call could not be made (see {@link PythonModule#call})
     */
    public R call(Object... args) {
        return AbiJson.read(module.callJson(index, name, AbiJson.arguments(args)), type);
    }

    public String name() {
        return name;
    }
}
