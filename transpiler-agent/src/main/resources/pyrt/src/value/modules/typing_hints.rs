//! `typing.get_type_hints`, `get_origin`, `get_args` and `ForwardRef`, as CPython 3.12's
//! typing.py computes them. A string annotation (a forward reference, or any annotation under
//! `from __future__ import annotations`) is evaluated in its module's globals by a small
//! evaluator of the expressions annotations are made of (names, attributes, subscripts, `|`,
//! tuples and lists, string and number literals); other text is refused, never guessed.

use super::generic_alias::{is_generic_alias, union_args, union_or};
use super::typing::{form_args, form_head, form_text, is_form, subscript_form};
use crate::exc::{PyErr, PyResult};
use crate::value::attr::getattr;
use crate::value::class::{builtin_class, cached_class, new_class, new_instance};
use crate::value::globals::Global;
use crate::value::{BuiltinType, Class, Kwargs, Value};
use std::rc::Rc;

fn forward_ref_class() -> Rc<Class> {
    cached_class("typing.ForwardRef", || {
        let c = new_class("ForwardRef", "ForwardRef", "typing", vec![builtin_class(BuiltinType::Object)], None)
            .expect("single base");
        {
            let mut d = c.dict.borrow_mut();
            d.set_str("__repr__", Value::runtime_method("ForwardRef.__repr__", |args, _| {
                let arg = getattr(&args[0], "__forward_arg__")?;
                Ok(Value::str(&format!("ForwardRef({})", crate::value::text::repr_of(&arg)?)))
            }));
            d.set_str("__eq__", Value::runtime_method("ForwardRef.__eq__", |args, _| {
                if !is_forward_ref(&args[1]) {
                    return Ok(Value::NotImplemented);
                }
                let (a, b) = (getattr(&args[0], "__forward_arg__")?, getattr(&args[1], "__forward_arg__")?);
                Ok(Value::Bool(crate::value::compare::eq_bool(&a, &b)?))
            }));
            d.set_str("__hash__", Value::runtime_method("ForwardRef.__hash__", |args, _| {
                Ok(Value::int(crate::value::hash::hash_value(&getattr(&args[0], "__forward_arg__")?)?))
            }));
        }
        c
    })
}

pub fn forward_ref(text: &Value) -> Value {
    let v = new_instance(&forward_ref_class());
    if let Value::Instance(i) = &v {
        i.dict.borrow_mut().set_str("__forward_arg__", text.clone());
    }
    v
}

fn is_forward_ref(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if Rc::ptr_eq(&i.class, &forward_ref_class()))
}

/// `typing.ForwardRef('Node')`.
pub fn forward_ref_ctor(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    match args.first() {
        Some(s @ Value::Str(_)) => Ok(forward_ref(s)),
        Some(other) => Err(PyErr::type_error(format!("Forward reference must be a string -- got {}", crate::value::text::repr_of(other)?))),
        None => Err(PyErr::type_error("ForwardRef.__init__() missing 1 required positional argument: 'arg'")),
    }
}

/// `get_origin(tp)`.
pub fn get_origin(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let tp = args.into_iter().next().unwrap_or(Value::None);
    if is_generic_alias(&tp) {
        return getattr(&tp, "__origin__");
    }
    if union_args(&tp).is_some() {
        return Ok(Value::Class(super::generic_alias::union_type_class()));
    }
    if is_form(&tp) {
        if let Some(head) = form_head(&tp) {
            if form_text(&head).as_deref() == Some("typing.Annotated") {
                return Err(PyErr::untranslatable("typing.get_origin() of an Annotated type"));
            }
        }
        if let Value::Instance(i) = &tp {
            if let Some(o) = i.dict.borrow().get_str("__origin__") {
                return Ok(o);
            }
        }
        if form_text(&tp).as_deref() == Some("typing.Generic") {
            return Ok(tp);
        }
        if form_head(&tp).is_some() {
            return Err(PyErr::untranslatable(&format!("typing.get_origin() of {}", form_text(&tp).unwrap_or_default())));
        }
    }
    Ok(Value::None)
}

/// `get_args(tp)`: `Callable`'s parameters come back as a list (`([int], str)`).
pub fn get_args(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let tp = args.into_iter().next().unwrap_or(Value::None);
    if is_generic_alias(&tp) {
        return getattr(&tp, "__args__");
    }
    if let Some(members) = union_args(&tp) {
        return Ok(Value::tuple(members));
    }
    if let Some(a) = form_args(&tp) {
        let head = form_head(&tp).and_then(|h| form_text(&h)).unwrap_or_default();
        if head == "typing.Callable" && !a.is_empty() && !matches!(a[0], Value::Ellipsis) {
            let (params, ret) = a.split_at(a.len() - 1);
            return Ok(Value::tuple(vec![Value::list(params.to_vec()), ret[0].clone()]));
        }
        return Ok(Value::tuple(a));
    }
    Ok(Value::tuple(vec![]))
}

thread_local! {
    static MAIN_GLOBALS: std::cell::Cell<&'static [Global]> = std::cell::Cell::new(&[]);
}

/// The main script's variables by name, for `get_type_hints` (generated code registers them
/// when the script names `get_type_hints`).
pub fn register_main_globals(globals: &'static [Global]) {
    MAIN_GLOBALS.with(|g| g.set(globals));
}

/// Where a name in an annotation string is looked up: a class's namespace, then its module's
/// variables, then the builtins.
struct Scope {
    locals: Option<Rc<Class>>,
    module: String,
}

impl Scope {
    fn lookup(&self, name: &str) -> PyResult<Value> {
        if let Some(c) = &self.locals {
            if let Some(v) = c.dict.borrow().get_str(name) {
                return Ok(v);
            }
        }
        let globals: &'static [Global] = if self.module == "__main__" {
            MAIN_GLOBALS.with(|g| g.get())
        } else {
            match super::local::find(&self.module) {
                Some(m) => m.globals,
                None => return Err(PyErr::untranslatable(&format!("typing.get_type_hints() for module {}", self.module))),
            }
        };
        if let Some(g) = globals.iter().find(|g| g.name() == name) {
            if g.is_bound() {
                return g.get();
            }
        }
        crate::value::builtins::value(name)
    }
}

/// `get_type_hints(obj, globalns=None, localns=None, include_extras=False)` for classes,
/// functions and methods.
pub fn get_type_hints(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let obj = match args.first() {
        Some(o) => o.clone(),
        None => return Err(PyErr::type_error("get_type_hints() missing 1 required positional argument: 'obj'")),
    };
    let mut extras = false;
    for (k, v) in &kwargs {
        match k.as_str() {
            "include_extras" => extras = crate::value::ops::truthy(v)?,
            other => return Err(PyErr::untranslatable(&format!("typing.get_type_hints() with {}=", other))),
        }
    }
    if args.len() > 1 {
        return Err(PyErr::untranslatable("typing.get_type_hints() with explicit namespaces"));
    }
    let mut hints: Vec<(Value, Value)> = Vec::new();
    match &obj {
        Value::Class(cls) => {
            let mro = cls.mro.borrow().clone();
            for base in mro.iter().rev() {
                if base.builtin.is_some() {
                    continue;
                }
                let ann = match base.dict.borrow().get_str("__annotations__") {
                    Some(Value::Dict(d)) => d.borrow().items(),
                    _ => continue,
                };
                let scope = Scope { locals: Some(base.clone()), module: base.module.to_string() };
                for (name, value) in ann {
                    let t = hint(&value, &scope, extras)?;
                    set(&mut hints, name, t)?;
                }
            }
        }
        Value::Func(_) | Value::BoundMethod(_) => {
            let module = crate::value::text::str_of(&getattr(&obj, "__module__")?)?.to_string();
            let scope = Scope { locals: None, module };
            if let Value::Dict(d) = getattr(&obj, "__annotations__")? {
                for (name, value) in d.borrow().items() {
                    let t = hint(&value, &scope, extras)?;
                    set(&mut hints, name, t)?;
                }
            }
        }
        Value::Module(_) => return Err(PyErr::untranslatable("typing.get_type_hints() of a module")),
        other => {
            return Err(PyErr::type_error(format!(
                "{} is not a module, class, method, or function.",
                crate::value::text::repr_of(other)?
            )))
        }
    }
    Value::dict(hints)
}

fn set(hints: &mut Vec<(Value, Value)>, name: Value, t: Value) -> PyResult<()> {
    for (k, v) in hints.iter_mut() {
        if crate::value::compare::eq_bool(k, &name)? {
            *v = t;
            return Ok(());
        }
    }
    hints.push((name, t));
    Ok(())
}

fn hint(value: &Value, scope: &Scope, extras: bool) -> PyResult<Value> {
    let t = match value {
        Value::None => Value::Class(builtin_class(BuiltinType::NoneType)),
        other => eval_type(other, scope)?,
    };
    Ok(if extras { t } else { strip_annotated(t) })
}

fn strip_annotated(t: Value) -> Value {
    match form_head(&t).and_then(|h| form_text(&h)) {
        Some(h) if h == "typing.Annotated" => form_args(&t).and_then(|a| a.into_iter().next()).unwrap_or(t),
        _ => t,
    }
}

/// typing's `_eval_type`: forward references inside aliases and unions evaluated.
fn eval_type(t: &Value, scope: &Scope) -> PyResult<Value> {
    // A string that evaluates to a string is a forward reference in turn (`_type_check`).
    if let Value::Str(s) = t {
        return eval_type(&eval_text(s.as_str(), scope)?, scope);
    }
    if is_forward_ref(t) {
        let text = getattr(t, "__forward_arg__")?;
        let s = crate::value::text::str_of(&text)?;
        return eval_type(&eval_text(s.as_str(), scope)?, scope);
    }
    if is_generic_alias(t) {
        let args = match getattr(t, "__args__")? {
            Value::Tuple(a) => a.as_ref().clone(),
            _ => vec![],
        };
        let mut out = Vec::new();
        for a in &args {
            out.push(match a {
                Value::Str(s) => eval_type(&eval_text(s.as_str(), scope)?, scope)?,
                other => eval_type(other, scope)?,
            });
        }
        let origin = match getattr(t, "__origin__")? {
            Value::Class(c) => c,
            _ => return Ok(t.clone()),
        };
        return Ok(super::generic_alias::alias(&origin, &Value::tuple(out)));
    }
    if let Some(members) = union_args(t) {
        let mut acc: Option<Value> = None;
        for m in members {
            let m = eval_type(&m, scope)?;
            acc = Some(match acc {
                None => m,
                Some(a) => union_or(&a, &m)?.unwrap_or(a),
            });
        }
        return Ok(acc.unwrap_or(Value::None));
    }
    if let (Some(head), Some(args)) = (form_head(t), form_args(t)) {
        let name = form_text(&head).unwrap_or_default();
        if name == "typing.Literal" || !args.iter().any(|a| is_forward_ref(a) || is_generic_alias(a) || union_args(a).is_some() || form_args(a).is_some()) {
            return Ok(t.clone());
        }
        let mut out = Vec::new();
        for (i, a) in args.iter().enumerate() {
            out.push(if name == "typing.Annotated" && i > 0 { a.clone() } else { eval_type(a, scope)? });
        }
        return subscript_form(&head, out);
    }
    Ok(t.clone())
}

/// Evaluates an annotation string.
fn eval_text(text: &str, scope: &Scope) -> PyResult<Value> {
    let tokens = tokenize(text)?;
    let mut p = Parser { tokens, at: 0, scope, text };
    let v = p.expr()?;
    if p.at != p.tokens.len() {
        return Err(p.refuse());
    }
    Ok(v)
}

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Name(String),
    Str(String),
    Int(i64),
    Punct(char),
    Ellipsis,
}

fn tokenize(text: &str) -> PyResult<Vec<Tok>> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == ' ' {
            i += 1;
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            out.push(Tok::Name(chars[start..i].iter().collect()));
        } else if c.is_ascii_digit() {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            let digits: String = chars[start..i].iter().collect();
            out.push(Tok::Int(digits.parse().map_err(|_| refuse_text(text))?));
        } else if c == '\'' || c == '"' {
            let mut j = i + 1;
            let mut s = String::new();
            while j < chars.len() && chars[j] != c {
                if chars[j] == '\\' {
                    return Err(refuse_text(text));
                }
                s.push(chars[j]);
                j += 1;
            }
            if j >= chars.len() {
                return Err(refuse_text(text));
            }
            out.push(Tok::Str(s));
            i = j + 1;
        } else if c == '.' && chars.get(i + 1) == Some(&'.') && chars.get(i + 2) == Some(&'.') {
            out.push(Tok::Ellipsis);
            i += 3;
        } else if "[](),.|".contains(c) {
            out.push(Tok::Punct(c));
            i += 1;
        } else {
            return Err(refuse_text(text));
        }
    }
    Ok(out)
}

fn refuse_text(text: &str) -> PyErr {
    PyErr::untranslatable(&format!("evaluating the annotation string {:?}", text))
}

struct Parser<'a> {
    tokens: Vec<Tok>,
    at: usize,
    scope: &'a Scope,
    text: &'a str,
}

impl<'a> Parser<'a> {
    fn refuse(&self) -> PyErr {
        refuse_text(self.text)
    }

    fn peek(&self, c: char) -> bool {
        self.tokens.get(self.at) == Some(&Tok::Punct(c))
    }

    fn expect(&mut self, c: char) -> PyResult<()> {
        if !self.peek(c) {
            return Err(self.refuse());
        }
        self.at += 1;
        Ok(())
    }

    fn expr(&mut self) -> PyResult<Value> {
        let mut v = self.primary()?;
        while self.peek('|') {
            self.at += 1;
            let r = self.primary()?;
            v = crate::value::ops::bitor(&v, &r)?;
        }
        Ok(v)
    }

    /// Comma-separated expressions up to `close`; whether a comma made it a tuple.
    fn list(&mut self, close: char) -> PyResult<(Vec<Value>, bool)> {
        let mut items = Vec::new();
        let mut comma = false;
        while !self.peek(close) {
            items.push(self.expr()?);
            if self.peek(',') {
                self.at += 1;
                comma = true;
            } else {
                break;
            }
        }
        self.expect(close)?;
        Ok((items, comma))
    }

    fn primary(&mut self) -> PyResult<Value> {
        let tok = self.tokens.get(self.at).cloned().ok_or_else(|| self.refuse())?;
        self.at += 1;
        let mut v = match tok {
            Tok::Name(n) if n == "None" => Value::None,
            Tok::Name(n) if n == "True" => Value::TRUE,
            Tok::Name(n) if n == "False" => Value::FALSE,
            Tok::Name(n) => self.scope.lookup(&n)?,
            Tok::Str(s) => Value::str(&s),
            Tok::Int(i) => Value::int(i),
            Tok::Ellipsis => Value::Ellipsis,
            Tok::Punct('(') => {
                let (items, comma) = self.list(')')?;
                if items.len() == 1 && !comma {
                    items.into_iter().next().expect("one item")
                } else {
                    Value::tuple(items)
                }
            }
            Tok::Punct('[') => Value::list(self.list(']')?.0),
            Tok::Punct(_) => return Err(self.refuse()),
        };
        loop {
            if self.peek('.') {
                self.at += 1;
                match self.tokens.get(self.at).cloned() {
                    Some(Tok::Name(n)) => {
                        self.at += 1;
                        v = getattr(&v, &n)?;
                    }
                    _ => return Err(self.refuse()),
                }
            } else if self.peek('[') {
                self.at += 1;
                let (items, comma) = self.list(']')?;
                let key = if items.len() == 1 && !comma { items.into_iter().next().expect("one item") } else { Value::tuple(items) };
                v = crate::value::ops::getitem(&v, &key)?;
            } else {
                return Ok(v);
            }
        }
    }
}

/// Whether `v` is typing's `Optional`/`Union` of several members, and which.
pub fn typing_union_members(v: &Value) -> Option<Vec<Value>> {
    if !is_form(v) {
        return None;
    }
    match v {
        Value::Instance(i) => match i.dict.borrow().get_str("__union_args__") {
            Some(Value::Tuple(t)) => Some(t.iter().map(|m| match m {
                Value::None => Value::Class(builtin_class(BuiltinType::NoneType)),
                other => other.clone(),
            }).collect()),
            _ => None,
        },
        _ => None,
    }
}
