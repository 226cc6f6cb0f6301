"""Generates tests/value_core.rs: each case is a Python snippet, run by CPython 3.12 for the
expected outcome (the repr of the result, or `Type: message`) and translated to calls of
pyrt::value for the actual one.

    /root/.pyenv/versions/3.12.1/bin/python tests/gen_value_core.py > tests/value_core.rs
"""
import ast
import sys

from value_core_cases import CASES, HAND_WRITTEN

BIN = {ast.Add: "add", ast.Sub: "sub", ast.Mult: "mul", ast.Div: "truediv", ast.FloorDiv: "floordiv",
       ast.Mod: "modulo", ast.Pow: "pow", ast.MatMult: "matmul", ast.LShift: "lshift", ast.RShift: "rshift",
       ast.BitAnd: "bitand", ast.BitOr: "bitor", ast.BitXor: "bitxor"}
CMP = {ast.Eq: "eq", ast.NotEq: "ne", ast.Lt: "lt", ast.LtE: "le", ast.Gt: "gt", ast.GtE: "ge"}
UNARY = {ast.USub: "neg", ast.UAdd: "pos", ast.Invert: "invert", ast.Not: "not_"}


def rust_str(s):
    out = []
    for c in s:
        if c in '\\"':
            out.append("\\" + c)
        elif c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append("\\t")
        elif c == "\r":
            out.append("\\r")
        elif ord(c) < 0x20 or 0x7f <= ord(c) < 0xa0:
            out.append("\\u{%x}" % ord(c))
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def is_const(node):
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, ast.Tuple):
        return all(is_const(e) for e in node.elts)
    # The AST optimizer folds `-5`, `2 ** 3`… into constants before code generation.
    if isinstance(node, ast.UnaryOp):
        return is_const(node.operand)
    if isinstance(node, ast.BinOp):
        return is_const(node.left) and is_const(node.right)
    return False


def expr(n):
    if isinstance(n, ast.Constant):
        v = n.value
        if v is None:
            return "Value::None"
        if v is True:
            return "Value::TRUE"
        if v is False:
            return "Value::FALSE"
        if v is Ellipsis:
            return "Value::Ellipsis"
        if isinstance(v, int):
            return "Value::int(%d)" % v if -2**63 <= v < 2**63 else 'Value::big("%d")' % v
        if isinstance(v, float):
            return "Value::float(%r_f64)" % v if "e" not in repr(v) else "Value::float(%s)" % repr(v)
        if isinstance(v, str):
            return "Value::str(%s)" % rust_str(v)
        if isinstance(v, bytes):
            return "Value::Bytes(Rc::new(vec!%s))" % list(v)
    if isinstance(n, ast.Name):
        if n.id == "NotImplemented":
            return "Value::NotImplemented"
        return "v_" + n.id + ".clone()"
    if isinstance(n, ast.List):
        return "Value::list(vec![%s])" % ", ".join(expr(e) for e in n.elts)
    if isinstance(n, ast.Tuple):
        return "Value::tuple(vec![%s])" % ", ".join(expr(e) for e in n.elts)
    if isinstance(n, ast.Set):
        items = ", ".join(expr(e) for e in n.elts)
        if len(n.elts) > 2 and all(is_const(e) for e in n.elts):
            return "Value::Set(Rc::new(RefCell::new(SetObj::from_constants(vec![%s])?)))" % items
        return "Value::set(vec![%s])?" % items
    if isinstance(n, ast.Dict):
        return "Value::dict(vec![%s])?" % ", ".join("(%s, %s)" % (expr(k), expr(v)) for k, v in zip(n.keys, n.values))
    if isinstance(n, ast.BinOp):
        return "%s(&%s, &%s)?" % (BIN[type(n.op)], expr(n.left), expr(n.right))
    if isinstance(n, ast.UnaryOp):
        return "%s(&%s)?" % (UNARY[type(n.op)], expr(n.operand))
    if isinstance(n, ast.BoolOp):
        raise ValueError("and/or")
    if isinstance(n, ast.Compare):
        assert len(n.ops) == 1
        op, a, b = n.ops[0], expr(n.left), expr(n.comparators[0])
        if type(op) in CMP:
            return "%s(&%s, &%s)?" % (CMP[type(op)], a, b)
        if isinstance(op, ast.In):
            return "Value::Bool(contains(&%s, &%s)?)" % (b, a)
        if isinstance(op, ast.NotIn):
            return "Value::Bool(!contains(&%s, &%s)?)" % (b, a)
        if isinstance(op, ast.Is):
            return "Value::Bool(is(&%s, &%s))" % (a, b)
        if isinstance(op, ast.IsNot):
            return "Value::Bool(!is(&%s, &%s))" % (a, b)
    if isinstance(n, ast.Subscript):
        return "getitem(&%s, &%s)?" % (expr(n.value), expr(n.slice))
    if isinstance(n, ast.Slice):
        parts = [expr(p) if p is not None else "Value::None" for p in (n.lower, n.upper, n.step)]
        return "Value::slice(%s)" % ", ".join(parts)
    if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute):
        obj, m = expr(n.func.value), n.func.attr
        arg = expr(n.args[0])
        kind = {"append": ("List", "push(%s)"), "add": ("Set", "add(%s)?"), "discard": ("Set", "remove(&%s)?")}[m]
        return "{ if let Value::%s(o_) = &%s { let a_ = %s; o_.borrow_mut().%s; } Value::None }" % (
            kind[0], obj, arg, kind[1] % "a_")
    if isinstance(n, ast.Call):
        f = n.func.id
        if f in ("adds", "discards"):
            return "%s(&%s, &%s)?" % (f, expr(n.args[0]), expr(n.args[1]))
        a = [expr(x) for x in n.args]
        if f == "repr":
            return "Value::Str(repr_of(&%s)?)" % a[0]
        if f == "str":
            return "Value::Str(str_of(&%s)?)" % a[0]
        if f == "ascii":
            return "Value::Str(text::ascii_of(&%s)?)" % a[0]
        if f == "hash":
            return "Value::int(hash::hash_value(&%s)?)" % a[0]
        if f == "len":
            return "Value::int(ops::len_of(&%s)? as i64)" % a[0]
        if f == "bool":
            return "Value::Bool(truthy(&%s)?)" % a[0]
        if f == "list":
            return "Value::list(iterate::collect(&%s)?)" % a[0]
        if f == "tuple":
            return "Value::tuple(iterate::collect(&%s)?)" % a[0]
        if f == "format":
            return "Value::Str(format_value(&%s, %s)?)" % (a[0], rust_str(n.args[1].value))
        if f == "sorted":
            return "sorted(&%s)?" % a[0]
        if f == "iter":
            return "iterate::iter_value(&%s)?" % a[0]
        if f == "next":
            return "next_or(&%s, %s)?" % (a[0], "Some(%s)" % a[1] if len(a) > 1 else "None")
        if f == "slice":
            a = (["Value::None"] + a) if len(a) == 1 else a
            return "Value::slice(%s)" % ", ".join(a + ["Value::None"] * (3 - len(a)))
        if f == "range":
            if len(a) == 1:
                a = ["Value::int(0)", a[0], "Value::int(1)"]
            elif len(a) == 2:
                a = a + ["Value::int(1)"]
            return "range(%s)" % ", ".join(a)
        if f == "frozenset":
            return "frozen(&%s)?" % (a[0] if a else "Value::list(vec![])")
        if f == "set":
            return "set_of(&%s)?" % (a[0] if a else "Value::list(vec![])")
        if f == "float":
            return "Value::float(%s)" % {"inf": "f64::INFINITY", "-inf": "f64::NEG_INFINITY", "nan": "f64::NAN"}[n.args[0].value]
        if f == "pct":
            return "Value::Str(text::percent_format(&Str::from(%s), &%s)?)" % (rust_str(n.args[0].value), a[1])
    raise ValueError(ast.dump(n))


COUNTER = [0]


def target_assign(t, value):
    if isinstance(t, ast.Name):
        return ["let v_%s = %s;" % (t.id, value)]
    if isinstance(t, ast.Subscript):
        return ["setitem(&%s, %s, %s)?;" % (expr(t.value), expr(t.slice), value)]
    if isinstance(t, (ast.Tuple, ast.List)):
        star = [i for i, e in enumerate(t.elts) if isinstance(e, ast.Starred)]
        COUNTER[0] += 1
        parts = "parts%d_" % COUNTER[0]
        lines = ["let tmp_ = %s;" % value]
        if star:
            i = star[0]
            lines.append("let %s = iterate::unpack_star(&tmp_, %d, %d)?;" % (parts, i, len(t.elts) - i - 1))
        else:
            lines.append("let %s = iterate::unpack(&tmp_, %d)?;" % (parts, len(t.elts)))
        for i, e in enumerate(t.elts):
            if isinstance(e, ast.Starred):
                e = e.value
            lines.extend(target_assign(e, "%s[%d].clone()" % (parts, i)))
        return lines
    raise ValueError(ast.dump(t))


def statement(s):
    if isinstance(s, ast.Assign):
        return target_assign(s.targets[0], expr(s.value))
    if isinstance(s, ast.AugAssign):
        name = {"add": "iadd", "sub": "isub", "mul": "imul", "truediv": "itruediv", "floordiv": "ifloordiv",
                "modulo": "imod", "pow": "ipow", "bitor": "ior", "bitand": "iand", "bitxor": "ixor",
                "lshift": "ilshift", "rshift": "irshift", "matmul": "imatmul"}[BIN[type(s.op)]]
        return target_assign(s.target, "%s(&%s, &%s)?" % (name, expr(s.target), expr(s.value)))
    if isinstance(s, ast.Delete):
        t = s.targets[0]
        return ["delitem(&%s, &%s)?;" % (expr(t.value), expr(t.slice))]
    if isinstance(s, ast.Expr):
        return ["let _ = %s;" % expr(s.value)]
    raise ValueError(ast.dump(s))


def case_body(src):
    """Rust statements ending in the value of the snippet's last expression."""
    tree = ast.parse(src)
    *stmts, last = tree.body
    if not isinstance(last, ast.Expr):
        stmts, last = tree.body, ast.Expr(value=ast.Constant(value=None))
    lines = []
    for s in stmts:
        lines.extend(statement(s))
    lines.append("Ok(%s)" % expr(last.value))
    return lines


def outcome(src):
    tree = ast.parse(src)
    *stmts, last = tree.body
    if not isinstance(last, ast.Expr):
        stmts, last = tree.body, ast.Expr(value=ast.Constant(value=None))
    env = {"pct": lambda f, a: f % a, "adds": lambda s, it: [s.add(i) for i in it] and None,
           "discards": lambda s, it: [s.discard(i) for i in it] and None}
    try:
        exec(compile(ast.Module(body=stmts, type_ignores=[]), "<case>", "exec"), env)
        v = eval(compile(ast.Expression(body=last.value), "<case>", "eval"), env)
        return repr(v)
    except Exception as e:
        msg = str(e)
        if isinstance(e, KeyError):
            msg = repr(e.args[0])
        return "%s: %s" % (type(e).__name__, msg) if msg else type(e).__name__


HEADER = '''//! Generated by tests/gen_value_core.py from tests/value_core_cases.py: the expected
//! values are CPython 3.12's. Do not edit; edit the cases and regenerate.
#![allow(unused_variables, unused_imports, clippy::all)]

use pyrt::exc::PyResult;
use pyrt::str::Str;
use pyrt::value::prelude::*;
use pyrt::value::{hash, iterate, ops, text, RangeObj, SetObj};
use std::cell::RefCell;
use std::rc::Rc;

fn show(r: PyResult<Value>) -> String {
    match r {
        Ok(v) => match repr_of(&v) {
            Ok(s) => s.to_string(),
            Err(e) => format!("repr failed: {}", e),
        },
        Err(e) => e.to_string(),
    }
}

fn range(a: Value, b: Value, c: Value) -> Value {
    let i = |v: Value| match v {
        Value::Int(i) => i,
        _ => panic!("range of non-int"),
    };
    Value::Range(Rc::new(RangeObj { start: i(a), stop: i(b), step: i(c) }))
}

fn frozen(v: &Value) -> PyResult<Value> {
    let mut s = SetObj::new();
    s.update_from(v)?;
    Ok(Value::FrozenSet(Rc::new(s)))
}

fn set_of(v: &Value) -> PyResult<Value> {
    let mut s = SetObj::new();
    s.update_from(v)?;
    Ok(Value::Set(Rc::new(RefCell::new(s))))
}

fn adds(s: &Value, items: &Value) -> PyResult<Value> {
    for i in iterate(items)? {
        if let Value::Set(o) = s {
            o.borrow_mut().add(i?)?;
        }
    }
    Ok(Value::None)
}

fn discards(s: &Value, items: &Value) -> PyResult<Value> {
    for i in iterate(items)? {
        if let Value::Set(o) = s {
            o.borrow_mut().remove(&i?)?;
        }
    }
    Ok(Value::None)
}

fn sorted(v: &Value) -> PyResult<Value> {
    let mut items = iterate::collect(v)?;
    pyrt::value::compare::sort_values(&mut items, false)?;
    Ok(Value::list(items))
}
'''


def main():
    out = [HEADER]
    for group, cases in CASES:
        out.append("#[test]\nfn %s() {" % group)
        for src in cases:
            body = case_body(src)
            out.append("    // %s" % src.replace("\n", "; "))
            out.append("    assert_eq!(show((|| -> PyResult<Value> {")
            out.extend("        " + line for line in body)
            out.append("    })()), %s);" % rust_str(outcome(src)))
        out.append("}\n")
    out.append(HANDWRITTEN_HEADER)
    for name, src, rust in HAND_WRITTEN:
        env = {"__name__": "__main__"}
        import io, contextlib
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            try:
                exec(src, env)
            except Exception as e:
                print("%s: %s" % (type(e).__name__, e))
        expected = buf.getvalue()
        out.append("#[test]\nfn %s() {\n    let mut out = String::new();\n    let r: PyResult<()> = (|| {" % name)
        out.extend("        " + l for l in rust.strip("\n").split("\n"))
        out.append("        Ok(())\n    })();")
        out.append("    if let Err(e) = r {\n        out.push_str(&format!(\"{}\\n\", e));\n    }")
        out.append("    assert_eq!(out, %s);\n}\n" % rust_str(expected))
    sys.stdout.write("\n".join(out))


HANDWRITTEN_HEADER = '''/// Appends `str(v)` and a newline, as `print(v)` does.
fn say(out: &mut String, v: &Value) -> PyResult<()> {
    out.push_str(str_of(v)?.as_str());
    out.push('\\n');
    Ok(())
}
'''

if __name__ == "__main__":
    main()
