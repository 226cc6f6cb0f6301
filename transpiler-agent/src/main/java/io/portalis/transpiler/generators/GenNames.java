package io.portalis.transpiler.generators;

import java.util.List;

/**
 * The synthetic names of one generator's rewrite, and the runtime builtins it calls. The builtins'
 * names end in two underscores so that CPython does not mangle them inside a class body (the
 * rewrite is also run by CPython in tests), and no program shadows them.
 */
record GenNames(String prefix) {
    /** {@code __portalis_gen__(resume, done, name, qualname)}: the generator object. */
    static final String GENERATOR = "__portalis_gen__";
    /** {@code __portalis_coro__(resume, done, name, qualname)}: the coroutine object of one call. */
    static final String COROUTINE = "__portalis_coro__";
    /** {@code __portalis_agen__(resume, done, name, qualname)}: the asynchronous generator of one call. */
    static final String ASYNC_GENERATOR = "__portalis_agen__";
    /** The same for an asynchronous generator with a try or with statement (closing it early is refused at run time). */
    static final String ASYNC_GENERATOR_CLEANUP = "__portalis_agen_cleanup__";
    /** {@code __portalis_delegate__(it, mode, arg)}: one step of {@code yield from} after a resume. */
    static final String DELEGATE = "__portalis_delegate__";
    /** The builtin {@code iter}, which a program's own {@code iter} cannot shadow. */
    static final String ITER = "__portalis_iter__";
    /** The builtin {@code next}, which a program's own {@code next} cannot shadow. */
    static final String NEXT = "__portalis_next__";
    /** {@code __portalis_handling__(exc)}: a context manager making exc the exception being handled. */
    static final String HANDLING = "__portalis_handling__";
    /** {@code with}'s {@code __enter__} and {@code __exit__}, looked up on the type as {@code with} does. */
    static final String WITH_ENTER = "__portalis_with_enter__";
    static final String WITH_EXIT = "__portalis_with_exit__";

    String state() {
        return prefix + "state";
    }

    /** A fresh empty list: returned alone, "resume again"; as {@code (done, value)}, "finished". */
    String done() {
        return prefix + "done";
    }

    String value() {
        return prefix + "value";
    }

    String stop() {
        return prefix + "stop";
    }

    /** The resume function's first parameter: 0 to send {@link #arg()}, 1 to throw it. */
    String mode() {
        return prefix + "mode";
    }

    String arg() {
        return prefix + "arg";
    }

    /** The exception the dispatch caught, for the block it routes to. */
    String caught() {
        return prefix + "caught";
    }

    /** A {@code return} value waiting for the finallies it crosses. */
    String result() {
        return prefix + "result";
    }

    /** The tuple of each block's route. */
    String routes() {
        return prefix + "routes";
    }

    String resume() {
        return prefix + "resume";
    }

    /** The variables shared by the generator function and its resume function, besides the machine's own. */
    List<String> fixed() {
        return List.of(value(), stop(), caught(), result());
    }
}
