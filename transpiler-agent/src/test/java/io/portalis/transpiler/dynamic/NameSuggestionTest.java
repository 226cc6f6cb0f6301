package io.portalis.transpiler.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The suggestion CPython 3.12 prints after {@code NameError: name 'N' is not defined} when a
 * module that binds nothing else runs {@code print(N)} (each trailer below is what CPython printed),
 * and the cases where the translation cannot know it.
 */
class NameSuggestionTest {
    private static final Scope MODULE = new Scope(Scope.Kind.MODULE, null, null);

    @Test
    void builtinsAndStandardModulesAsCPythonSuggests() {
        Map<String, String> cpython = new LinkedHashMap<>();
        cpython.put("List", ". Did you mean: 'list'?");
        cpython.put("Dict", ". Did you mean: 'dict'?");
        cpython.put("Sorted", ". Did you mean: 'sorted'?");
        cpython.put("Pritn", "");
        cpython.put("lenn", ". Did you mean: 'len'?");
        cpython.put("math", ". Did you forget to import 'math'?");
        cpython.put("os", ". Did you forget to import 'os'?");
        cpython.put("xyz123", "");
        cpython.put("strr", ". Did you mean: 'str'?");
        cpython.put("Flase", ". Did you mean: 'False'?");
        cpython.put("ValueEror", ". Did you mean: 'ValueError'?");
        cpython.forEach((name, trailer) ->
                assertEquals(trailer, NameSuggestion.trailer(name, MODULE, Set.of()).orElse(""), name));
    }

    @Test
    void unknownWhenAProgramNameIsWithinReach() {
        // CPython would look at the globals (or the frame's locals) first, and which of them are
        // bound when the name is read is not known when translating.
        assertEquals(Optional.empty(), NameSuggestion.trailer("List", MODULE, Set.of("lst")));
        assertEquals(". Did you mean: 'list'?",
                NameSuggestion.trailer("List", MODULE, Set.of("values", "total")).orElse(""));
    }

    @Test
    void unknownInMethods() {
        // CPython first suggests `self.name` when the instance has that attribute.
        Scope method = new Scope(Scope.Kind.FUNCTION, null, MODULE);
        method.params.add("self");
        assertEquals(Optional.empty(), NameSuggestion.trailer("List", method, Set.of("self")));
    }
}
