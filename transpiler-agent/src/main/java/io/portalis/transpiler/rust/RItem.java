package io.portalis.transpiler.rust;

import io.portalis.ingest.ast.Span;
import java.util.List;

/** Items of a generated Rust file. */
public sealed interface RItem {
    Span span();

    /** A function; {@code doc} becomes its doc comment. */
    record Fn(Span span, String doc, String name, List<Param> params, RType returns, List<RStmt> body)
            implements RItem {
        public Fn {
            params = List.copyOf(params);
            body = List.copyOf(body);
        }
    }

    /**
     * A function the compiled module exports under its own name:
     * {@code #[no_mangle] pub extern "C" fn NAME(...)} (library crates' ABI entry points).
     */
    record ExportedFn(Span span, String doc, String name, List<Param> params, RType returns, List<RStmt> body)
            implements RItem {
        public ExportedFn {
            params = List.copyOf(params);
            body = List.copyOf(body);
        }
    }

    /**
     * A per-thread slot {@code static NAME: RefCell<Option<T>>} for a module-level variable that
     * functions read ({@code pyrt::rt::Global<T>}).
     */
    record GlobalSlot(Span span, String name, RType type) implements RItem {}

    /** {@code const NAME: TYPE = value;}, {@code pub(crate)} when other modules of the crate use it. */
    record Const(Span span, boolean exported, String name, RType type, RExpr value) implements RItem {
        public Const(Span span, String name, RType type, RExpr value) {
            this(span, false, name, type, value);
        }
    }

    /** {@code mod NAME;}: a module of the crate, in its own file {@code src/NAME.rs}. */
    record Mod(Span span, String name) implements RItem {}

    record Param(String name, boolean mutable, RType type) {}

    /** {@code struct NAME { fields }}, with {@code doc} as its doc comment. */
    record Struct(Span span, String doc, String name, List<Field> fields) implements RItem {
        public Struct {
            fields = List.copyOf(fields);
        }
    }

    record Field(String name, RType type) {}

    /** A field-less enum ({@code enum NAME { A, B }}) deriving Clone, Copy, PartialEq and Eq. */
    record Enum(Span span, String doc, String name, List<String> variants) implements RItem {
        public Enum {
            variants = List.copyOf(variants);
        }
    }

    /** {@code impl [TRAIT for] TYPE { fns }}. */
    record Impl(Span span, String trait, String type, List<Fn> fns) implements RItem {
        public Impl {
            fns = List.copyOf(fns);
        }
    }

    /** A whole file: inner doc, inner attributes ({@code allow(...)}), use paths and items. */
    record File(List<String> doc, List<String> allows, List<String> uses, List<RItem> items) {
        public File {
            doc = List.copyOf(doc);
            allows = List.copyOf(allows);
            uses = List.copyOf(uses);
            items = List.copyOf(items);
        }
    }
}
