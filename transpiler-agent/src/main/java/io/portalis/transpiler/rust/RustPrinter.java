package io.portalis.transpiler.rust;

import io.portalis.agents.artifacts.RustCrate.SourceMapping;
import io.portalis.ingest.ast.Span;
import io.portalis.ingest.source.LineIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a Rust syntax tree as rustfmt-like text: four-space indents, one statement per line,
 * a {@code // line N: source} comment wherever the Python line changes. As it writes, it maps
 * each Rust line to the Python line of the statement being printed (the source map).
 */
public final class RustPrinter {
    private final LineIndex lines;
    private final StringBuilder out = new StringBuilder();
    private final List<SourceMapping> mappings = new ArrayList<>();
    private final RExprPrinter exprs = new RExprPrinter(this);
    private int indent;
    private int rustLine = 1;
    private int pythonLine;
    private int commentedLine;
    private boolean lineStart = true;

    public RustPrinter(LineIndex lines) {
        this.lines = lines;
    }

    public record Printed(String text, List<SourceMapping> sourceMap) {}

    public static Printed print(RItem.File file, LineIndex lines) {
        RustPrinter p = new RustPrinter(lines);
        p.file(file);
        return new Printed(p.out.toString(), List.copyOf(p.mappings));
    }

    private void file(RItem.File file) {
        file.doc().forEach(d -> line("//! " + d));
        file.allows().forEach(a -> line("#![allow(" + a + ")]"));
        newline();
        file.uses().forEach(u -> line("use " + u + ";"));
        for (RItem item : file.items()) {
            newline();
            item(item);
        }
    }

    private void item(RItem item) {
        switch (item) {
            case RItem.Fn fn -> function(fn, "");
            case RItem.ExportedFn fn -> function(new RItem.Fn(fn.span(), fn.doc(), fn.name(), fn.params(),
                    fn.returns(), fn.body()), "#[no_mangle]\npub extern \"C\" ");
            case RItem.GlobalSlot g -> globalSlot(g);
            case RItem.Struct st -> {
                comment(st.span());
                if (!st.doc().isEmpty()) {
                    line("/// " + st.doc());
                }
                line("struct " + st.name() + " {");
                indented(() -> st.fields().forEach(f -> line(f.name() + ": " + type(f.type()) + ",")));
                line("}");
            }
            case RItem.Enum en -> {
                comment(en.span());
                if (!en.doc().isEmpty()) {
                    line("/// " + en.doc());
                }
                line("#[derive(Clone, Copy, PartialEq, Eq)]");
                line("enum " + en.name() + " {");
                indented(() -> en.variants().forEach(v -> line(v + ",")));
                line("}");
            }
            case RItem.Impl im -> {
                comment(im.span());
                line("impl " + (im.trait() == null ? "" : im.trait() + " for ") + im.type() + " {");
                indented(() -> {
                    for (int i = 0; i < im.fns().size(); i++) {
                        if (i > 0) {
                            newline();
                        }
                        function(im.fns().get(i), "");
                    }
                });
                line("}");
            }
            case RItem.Mod m -> line("mod " + m.name() + ";");
            case RItem.Const c -> {
                comment(c.span());
                write((c.exported() ? "pub(crate) const " : "const ") + c.name() + ": " + type(c.type()) + " = ");
                exprs.expr(c.value());
                write(";");
                newline();
            }
        }
    }

    private void globalSlot(RItem.GlobalSlot g) {
        comment(g.span());
        line("thread_local! {");
        indented(() -> line("static " + g.name() + ": std::cell::RefCell<Option<" + type(g.type())
                + ">> = std::cell::RefCell::new(None);"));
        line("}");
    }

    /** {@code prefix}: attribute lines and qualifiers written before {@code fn}. */
    private void function(RItem.Fn fn, String prefix) {
        comment(fn.span());
        if (!fn.doc().isEmpty()) {
            line("/// " + fn.doc());
        }
        String[] lines = prefix.split("\n", -1);
        for (int i = 0; i < lines.length - 1; i++) {
            line(lines[i]);
        }
        write(lines[lines.length - 1] + "fn " + fn.name() + "(");
        for (int i = 0; i < fn.params().size(); i++) {
            RItem.Param p = fn.params().get(i);
            write((i > 0 ? ", " : "") + (p.mutable() ? "mut " : "") + p.name()
                    + (p.type() == null ? "" : ": " + type(p.type())));
        }
        write(")");
        if (!(fn.returns() instanceof RType.Unit)) {
            write(" -> " + type(fn.returns()));
        }
        write(" ");
        block(fn.body());
        newline();
    }

    static String type(RType t) {
        return switch (t) {
            case RType.Unit u -> "()";
            case RType.Ref r -> "&" + type(r.inner());
            case RType.Tuple tu -> "(" + String.join(", ", tu.items().stream().map(RustPrinter::type).toList())
                    + (tu.items().size() == 1 ? ",)" : ")");
            case RType.Named n -> n.args().isEmpty() ? n.path()
                    : n.path() + "<" + String.join(", ", n.args().stream().map(RustPrinter::type).toList()) + ">";
        };
    }

    /** Prints {@code { stmts }} starting on the current line and ending after the closing brace. */
    void block(List<RStmt> stmts) {
        write("{");
        newline();
        indent++;
        stmts.forEach(this::stmt);
        indent--;
        write("}");
    }

    void stmt(RStmt s) {
        int saved = pythonLine;
        comment(s.span());
        switch (s) {
            case RStmt.Let l -> {
                write("let " + (l.mutable() ? "mut " : "") + l.name());
                if (l.type() != null) {
                    write(": " + type(l.type()));
                }
                if (l.init() != null) {
                    write(" = ");
                    exprs.expr(l.init());
                }
                write(";");
                newline();
            }
            case RStmt.Assign a -> {
                exprs.expr(a.target());
                write(" = ");
                exprs.expr(a.value());
                write(";");
                newline();
            }
            case RStmt.ExprStmt e -> {
                exprs.expr(e.expr());
                write(";");
                newline();
            }
            case RStmt.If i -> {
                ifChain(i);
                newline();
            }
            case RStmt.While w -> {
                write("while ");
                exprs.expr(w.cond());
                write(" ");
                block(w.body());
                newline();
            }
            case RStmt.For f -> {
                write("for " + f.binding() + " in ");
                exprs.expr(f.iter());
                write(" ");
                block(f.body());
                newline();
            }
            case RStmt.Break b -> line("break;");
            case RStmt.Continue c -> line("continue;");
            case RStmt.Match m -> {
                write("match ");
                exprs.expr(m.subject());
                write(" {");
                newline();
                indented(() -> m.arms().forEach(arm -> {
                    write(arm.pattern() + " => ");
                    block(arm.body());
                    newline();
                }));
                write("}");
                newline();
            }
            case RStmt.Return r -> {
                write("return ");
                exprs.expr(r.value());
                write(";");
                newline();
            }
        }
        pythonLine = saved;
    }

    private void ifChain(RStmt.If i) {
        write("if ");
        exprs.expr(i.cond());
        write(" ");
        block(i.then());
        if (i.otherwise().size() == 1 && i.otherwise().get(0) instanceof RStmt.If next) {
            write(" else ");
            pythonLine = lineOf(next.span());
            ifChain(next);
        } else if (!i.otherwise().isEmpty()) {
            write(" else ");
            block(i.otherwise());
        }
    }

    /** Writes {@code // line N: text} when a statement starts a Python line not yet commented. */
    private void comment(Span span) {
        int line = lineOf(span);
        if (line <= 0) {
            return;
        }
        pythonLine = line;
        if (line != commentedLine) {
            commentedLine = line;
            line("// line " + line + ": " + lines.lineText(line).strip());
        }
    }

    private int lineOf(Span span) {
        return span == null ? 0 : lines.line(span.start());
    }

    void write(String text) {
        if (lineStart) {
            out.append("    ".repeat(indent));
            lineStart = false;
        }
        out.append(text);
    }

    /** Characters written on the current line so far. */
    int column() {
        int start = out.lastIndexOf("\n") + 1;
        return lineStart ? indent * 4 : out.length() - start;
    }

    void line(String text) {
        write(text);
        newline();
    }

    void newline() {
        out.append('\n');
        if (pythonLine > 0) {
            mappings.add(new SourceMapping(rustLine, pythonLine));
        }
        rustLine++;
        lineStart = true;
    }

    void indented(Runnable body) {
        indent++;
        body.run();
        indent--;
    }
}
