//! `dict.keys()`, `.values()`, `.items()`: live views onto the dict. The `Value` enum has
//! no view variant, so a view is an instance of a runtime class (`dict_keys`,
//! `dict_values`, `dict_items`) whose dunders (`__iter__`, `__len__`, `__repr__`,
//! `__contains__`, `__eq__`, `__reversed__`, and the set operators for keys and items)
//! read the dict held in the instance's `mapping` attribute, as CPython's `view.mapping`.

use crate::exc::{PyErr, PyResult};
use crate::str::Str;
use crate::value::{class, compare, iterate, ops, text, BuiltinType, Class, DictObj, Instance, Kwargs, Params, Value};
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

impl ViewKind {
    fn name(self) -> &'static str {
        match self {
            ViewKind::Keys => "dict_keys",
            ViewKind::Values => "dict_values",
            ViewKind::Items => "dict_items",
        }
    }
}

thread_local! {
    static CLASSES: RefCell<Vec<(&'static str, Rc<Class>)>> = RefCell::new(Vec::new());
}

/// A view of `kind` onto `d`.
pub fn view(d: &Rc<RefCell<DictObj>>, kind: ViewKind) -> Value {
    let mut attrs = DictObj::new();
    attrs.set_str("mapping", Value::Dict(d.clone()));
    Value::Instance(Rc::new(Instance { class: view_class(kind), dict: Rc::new(RefCell::new(attrs)), base: None }))
}

/// The dict and kind behind a view value, if `v` is one.
pub fn view_parts(v: &Value) -> Option<(Rc<RefCell<DictObj>>, ViewKind)> {
    let inst = match v {
        Value::Instance(i) => i,
        _ => return None,
    };
    let kind = match inst.class.name.as_str() {
        "dict_keys" => ViewKind::Keys,
        "dict_values" => ViewKind::Values,
        "dict_items" => ViewKind::Items,
        _ => return None,
    };
    if inst.class.module.as_str() != "builtins" {
        return None;
    }
    match inst.dict.borrow().get_str("mapping") {
        Some(Value::Dict(d)) => Some((d, kind)),
        _ => None,
    }
}

fn view_class(kind: ViewKind) -> Rc<Class> {
    let name = kind.name();
    if let Some(c) = CLASSES.with(|c| c.borrow().iter().find(|(n, _)| *n == name).map(|(_, c)| c.clone())) {
        return c;
    }
    let object = class::builtin_class(BuiltinType::Object);
    let mut ns = DictObj::new();
    let methods: Vec<(&str, fn(Vec<Value>, Kwargs) -> PyResult<Value>)> = {
        let mut m: Vec<(&str, fn(Vec<Value>, Kwargs) -> PyResult<Value>)> = vec![
            ("__iter__", dunder_iter),
            ("__len__", dunder_len),
            ("__repr__", dunder_repr),
            ("__str__", dunder_repr),
            ("__contains__", dunder_contains),
            ("__reversed__", dunder_reversed),
        ];
        if kind != ViewKind::Values {
            m.push(("__eq__", dunder_eq));
            m.push(("__ne__", dunder_ne));
            m.push(("__and__", dunder_and));
            m.push(("__rand__", dunder_and));
            m.push(("__or__", dunder_or));
            m.push(("__ror__", dunder_or));
            m.push(("__sub__", dunder_sub));
            m.push(("__rsub__", dunder_rsub));
            m.push(("__xor__", dunder_xor));
            m.push(("__rxor__", dunder_xor));
            m.push(("isdisjoint", isdisjoint));
        }
        m
    };
    for (n, f) in methods {
        // Python-level functions, so that instance lookup binds `self` as for any method.
        let params: &[&'static str] = if n.starts_with("__") && !matches!(n, "__iter__" | "__len__" | "__repr__" | "__str__" | "__reversed__") {
            &["self", "other"]
        } else if n == "isdisjoint" {
            &["self", "other"]
        } else {
            &["self"]
        };
        let qualname = format!("{}.{}", name, n);
        ns.set_str(n, Value::function(n, &qualname, Params::new(params), vec![], vec![], move |a| f(a, vec![])));
    }
    // Views are unhashable, as in CPython.
    ns.set_str("__hash__", Value::None);
    let c = Rc::new(Class {
        name: Str::from(name),
        qualname: Str::from(name),
        module: Str::from("builtins"),
        bases: vec![object.clone()],
        mro: RefCell::new(vec![]),
        dict: RefCell::new(ns),
        builtin: None,
        payload: std::cell::Cell::new(None),
    });
    c.mro.borrow_mut().push(c.clone());
    c.mro.borrow_mut().push(object);
    CLASSES.with(|cs| cs.borrow_mut().push((name, c.clone())));
    c
}

fn this(args: &[Value]) -> PyResult<(Rc<RefCell<DictObj>>, ViewKind)> {
    args.first()
        .and_then(view_parts)
        .ok_or_else(|| PyErr::type_error("descriptor requires a dict view"))
}

/// The view's items, a snapshot in dict order.
pub fn view_items(d: &Rc<RefCell<DictObj>>, kind: ViewKind) -> Vec<Value> {
    let d = d.borrow();
    match kind {
        ViewKind::Keys => d.keys(),
        ViewKind::Values => d.values(),
        ViewKind::Items => d.items().into_iter().map(|(k, v)| Value::tuple(vec![k, v])).collect(),
    }
}

fn dunder_iter(args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let (d, kind) = this(&args)?;
    let keys = iterate::iterate(&Value::Dict(d.clone()))?;
    let name = match kind {
        ViewKind::Keys => "dict_keyiterator",
        ViewKind::Values => "dict_valueiterator",
        ViewKind::Items => "dict_itemiterator",
    };
    // Walks the dict's own iterator, so a size change while iterating raises as in CPython.
    Ok(iterate::iter_from(
        name,
        Box::new(keys.map(move |k| {
            let k = k?;
            if kind == ViewKind::Keys {
                return Ok(k);
            }
            let v = d.borrow().get(&k)?.unwrap_or(Value::None);
            Ok(if kind == ViewKind::Values { v } else { Value::tuple(vec![k, v]) })
        })),
    ))
}

fn dunder_len(args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let (d, _) = this(&args)?;
    let n = d.borrow().len();
    Ok(Value::int(n as i64))
}

fn dunder_repr(args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let (d, kind) = this(&args)?;
    let inner = text::repr_of(&Value::list(view_items(&d, kind)))?;
    Ok(Value::str(&format!("{}({})", kind.name(), inner)))
}

fn dunder_contains(args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let (d, kind) = this(&args)?;
    let x = args.get(1).cloned().unwrap_or(Value::None);
    let found = match kind {
        ViewKind::Keys => d.borrow().contains_key(&x)?,
        ViewKind::Values => compare::contains(&Value::list(d.borrow().values()), &x)?,
        ViewKind::Items => match &x {
            Value::Tuple(t) if t.len() == 2 => {
                let v = d.borrow().get(&t[0])?;
                match v {
                    Some(v) => compare::eq_bool(&v, &t[1])?,
                    None => false,
                }
            }
            _ => false,
        },
    };
    Ok(Value::Bool(found))
}

fn dunder_reversed(args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let (d, kind) = this(&args)?;
    let mut items = view_items(&d, kind);
    items.reverse();
    let name = match kind {
        ViewKind::Keys => "dict_reversekeyiterator",
        ViewKind::Values => "dict_reversevalueiterator",
        ViewKind::Items => "dict_reverseitemiterator",
    };
    Ok(iterate::iter_from(name, Box::new(items.into_iter().map(Ok))))
}

fn as_set(args: &[Value]) -> PyResult<Value> {
    let (d, kind) = this(args)?;
    Value::set(view_items(&d, kind))
}

/// The other operand of a set operator as a set (any iterable), or `None` when it is not
/// iterable (the operator then returns `NotImplemented`).
fn other_set(args: &[Value]) -> PyResult<Option<Value>> {
    let other = args.get(1).cloned().unwrap_or(Value::None);
    if let Some((d, kind)) = view_parts(&other) {
        return Ok(Some(Value::set(view_items(&d, kind))?));
    }
    match iterate::collect(&other) {
        Ok(items) => Ok(Some(Value::set(items)?)),
        Err(e) if e.type_name == "TypeError" => Ok(None),
        Err(e) => Err(e),
    }
}

fn set_op(args: Vec<Value>, op: fn(&Value, &Value) -> PyResult<Value>, reflected: bool) -> PyResult<Value> {
    let mine = as_set(&args)?;
    match other_set(&args)? {
        None => Ok(Value::NotImplemented),
        Some(other) if reflected => op(&other, &mine),
        Some(other) => op(&mine, &other),
    }
}

fn dunder_and(args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    set_op(args, ops::bitand, false)
}

fn dunder_or(args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    set_op(args, ops::bitor, false)
}

fn dunder_xor(args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    set_op(args, ops::bitxor, false)
}

fn dunder_sub(args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    set_op(args, ops::sub, false)
}

fn dunder_rsub(args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    set_op(args, ops::sub, true)
}

/// Views compare equal to sets and views with the same items.
fn dunder_eq(args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let other = args.get(1).cloned().unwrap_or(Value::None);
    let comparable = view_parts(&other).is_some() || matches!(other, Value::Set(_) | Value::FrozenSet(_));
    if !comparable {
        return Ok(Value::NotImplemented);
    }
    let mine = as_set(&args)?;
    match other_set(&args)? {
        Some(o) => compare::eq(&mine, &o),
        None => Ok(Value::NotImplemented),
    }
}

fn dunder_ne(args: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    match dunder_eq(args, kw)? {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        other => Ok(other),
    }
}

fn isdisjoint(args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let (d, kind) = this(&args)?;
    let other = args.get(1).cloned().unwrap_or(Value::None);
    let mine = Value::set(view_items(&d, kind))?;
    for item in iterate::iterate(&other)? {
        if compare::contains(&mine, &item?)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}
