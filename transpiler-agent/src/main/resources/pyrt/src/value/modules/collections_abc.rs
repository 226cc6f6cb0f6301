//! `collections.abc`: the abstract base classes, as classes. `isinstance`/`issubclass`
//! answer as CPython does: the one-method ABCs (`Iterable`, `Sized`, `Hashable`, ...) look for
//! the methods (`__subclasshook__`), the others know the built-in types registered with them
//! (`list` is a `MutableSequence`, `dict` a `MutableMapping`) and classes that derive from them.
//! Deriving gives CPython's mixin methods for `Sequence`, `MutableSequence`, `Mapping`,
//! `MutableMapping`, `Iterator` and (in `collections_abc_set`) `Set`. Not provided:
//! enforcing the abstract methods at instantiation.

use super::args::module;
use crate::exc::{PyErr, PyResult};
use crate::value::class::{builtin_class, cached_class, lookup, new_class, new_instance};
use crate::value::compare::{eq_bool, is};
use crate::value::func::call_method;
use crate::value::iterate::iterate;
use crate::value::ops::{getitem, len_of};
use crate::value::{BuiltinType, Class, IterObj, Kwargs, Module, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// The ABCs in dependency order: (name, bases).
const ABCS: &[(&str, &[&str])] = &[
    ("Hashable", &[]),
    ("Awaitable", &[]),
    ("Coroutine", &["Awaitable"]),
    ("AsyncIterable", &[]),
    ("AsyncIterator", &["AsyncIterable"]),
    ("AsyncGenerator", &["AsyncIterator"]),
    ("Iterable", &[]),
    ("Iterator", &["Iterable"]),
    ("Reversible", &["Iterable"]),
    ("Generator", &["Iterator"]),
    ("Sized", &[]),
    ("Container", &[]),
    ("Callable", &[]),
    ("Collection", &["Sized", "Iterable", "Container"]),
    ("Buffer", &[]),
    ("Set", &["Collection"]),
    ("MutableSet", &["Set"]),
    ("Mapping", &["Collection"]),
    ("MutableMapping", &["Mapping"]),
    ("MappingView", &["Sized"]),
    ("KeysView", &["MappingView", "Set"]),
    ("ItemsView", &["MappingView", "Set"]),
    ("ValuesView", &["MappingView", "Collection"]),
    ("Sequence", &["Reversible", "Collection"]),
    ("MutableSequence", &["Sequence"]),
    ("ByteString", &["Sequence"]),
];

fn abc(name: &str) -> Rc<Class> {
    cached_class(&format!("collections.abc.{}", name), || {
        let (_, base_names) = ABCS.iter().find(|(n, _)| *n == name).expect("a known ABC");
        let bases: Vec<Rc<Class>> = if base_names.is_empty() {
            vec![builtin_class(BuiltinType::Object)]
        } else {
            base_names.iter().map(|b| abc(b)).collect()
        };
        let cls = new_class(name, name, "collections.abc", bases, None).expect("consistent ABC bases");
        mixins(name, &cls);
        // Every ABC of Lib/_collections_abc.py declares `__slots__ = ()`.
        cls.dict.borrow_mut().set_str("__slots__", Value::tuple(vec![]));
        cls
    })
}

/// The ABC named `name`, if `collections.abc` has it.
pub fn abc_class(name: &str) -> Option<Rc<Class>> {
    if ABCS.iter().any(|(n, _)| *n == name) {
        Some(abc(name))
    } else {
        None
    }
}

pub fn build() -> Module {
    let attrs: Vec<(&str, Value)> = ABCS.iter().map(|(name, _)| (*name, Value::Class(abc(name)))).collect();
    module("collections.abc", attrs)
}

/// `issubclass(sub, sup)` for an ABC `sup` that `sub` does not derive from: the registered
/// built-in types and the method checks of the one-method ABCs.
pub fn structural(sub: &Rc<Class>, sup: &Rc<Class>) -> bool {
    if sup.module.as_str() == "contextlib" && sup.name.as_str() == "AbstractContextManager" {
        return by_methods(sub, "AbstractContextManager");
    }
    if sup.module.as_str() != "collections.abc" {
        return false;
    }
    let mro = sub.mro.borrow().clone();
    if sup.name.as_str() == "Hashable" {
        return hashable(&mro);
    }
    let registered = mro.iter().any(|c| c.builtin.map_or(false, |b| builtin_is(b, sup.name.as_str()))
        || (c.module.as_str() == "collections" && c.name.as_str() == "deque" && deque_is(sup.name.as_str())));
    registered || by_methods(sub, sup.name.as_str())
}

fn builtin_is(t: BuiltinType, abc: &str) -> bool {
    use BuiltinType::*;
    let sized = matches!(t, Str | Bytes | List | Tuple | Dict | Set | FrozenSet | Range);
    match abc {
        "Iterable" => sized || t == Iterator,
        "Iterator" => t == Iterator,
        "Reversible" => matches!(t, Str | Bytes | List | Tuple | Dict | Range),
        "Sized" | "Container" | "Collection" => sized,
        "Callable" => matches!(t, Function | BuiltinFunction | Method | Type),
        "Sequence" => matches!(t, Str | Bytes | List | Tuple | Range),
        "MutableSequence" => t == List,
        "ByteString" => t == Bytes,
        "Buffer" => t == Bytes,
        "Mapping" | "MutableMapping" => t == Dict,
        "Set" => matches!(t, Set | FrozenSet),
        "MutableSet" => t == Set,
        _ => false,
    }
}

/// Whether `__hash__` is not `None` along the MRO: the first class that decides is a built-in
/// type, or a class defining `__hash__`, or one defining `__eq__` alone (which sets
/// `__hash__ = None`).
fn hashable(mro: &[Rc<Class>]) -> bool {
    for c in mro {
        if let Some(t) = c.builtin {
            return !matches!(t, BuiltinType::List | BuiltinType::Dict | BuiltinType::Set);
        }
        if c.module.as_str() == "collections" && c.name.as_str() == "deque" {
            return false;
        }
        let d = c.dict.borrow();
        if let Some(h) = d.get_str("__hash__") {
            return !matches!(h, Value::None);
        }
        if d.get_str("__eq__").is_some() {
            return false;
        }
    }
    true
}

fn deque_is(abc: &str) -> bool {
    matches!(abc, "Iterable" | "Reversible" | "Sized" | "Container" | "Collection" | "Sequence" | "MutableSequence")
}

/// CPython's `__subclasshook__`s: a class with the methods (not set to `None`) qualifies.
fn by_methods(sub: &Rc<Class>, abc: &str) -> bool {
    let has = |name: &str| matches!(lookup(sub, name), Some(v) if !matches!(v, Value::None));
    match abc {
        "Iterable" => has("__iter__"),
        "Iterator" => has("__iter__") && has("__next__"),
        "Reversible" => has("__reversed__") && has("__iter__"),
        "Sized" => has("__len__"),
        "Container" => has("__contains__"),
        "Callable" => has("__call__"),
        "Collection" => has("__len__") && has("__iter__") && has("__contains__"),
        "Awaitable" => has("__await__"),
        "AsyncIterable" => has("__aiter__"),
        "AsyncIterator" => has("__aiter__") && has("__anext__"),
        "Buffer" => has("__buffer__"),
        "AbstractContextManager" => has("__enter__") && has("__exit__"),
        _ => false,
    }
}

type Method = fn(Vec<Value>, Kwargs) -> PyResult<Value>;

fn mixins(name: &str, cls: &Rc<Class>) {
    let methods: &[(&str, Method)] = match name {
        "Iterator" => &[("__iter__", iterator_iter)],
        "Sequence" => &[
            ("__iter__", seq_iter),
            ("__contains__", seq_contains),
            ("__reversed__", seq_reversed),
            ("index", seq_index),
            ("count", seq_count),
        ],
        "MutableSequence" => &[
            ("append", mseq_append),
            ("extend", mseq_extend),
            ("pop", mseq_pop),
            ("remove", mseq_remove),
            ("reverse", mseq_reverse),
            ("clear", mseq_clear),
            ("__iadd__", mseq_iadd),
        ],
        "Mapping" => &[
            ("__contains__", map_contains),
            ("get", map_get),
            ("keys", map_keys),
            ("items", map_items),
            ("values", map_values),
            ("__eq__", map_eq),
        ],
        "MutableMapping" => &[
            ("pop", mmap_pop),
            ("popitem", mmap_popitem),
            ("clear", mmap_clear),
            ("update", mmap_update),
            ("setdefault", mmap_setdefault),
        ],
        "Set" => super::collections_abc_set::SET_MIXINS,
        "KeysView" | "ItemsView" | "ValuesView" => &[
            ("__iter__", view_iter),
            ("__len__", view_len),
            ("__contains__", view_contains),
            ("__repr__", view_repr),
        ],
        _ => &[],
    };
    let mut dict = cls.dict.borrow_mut();
    for (method, f) in methods {
        dict.set_str(method, Value::runtime_method(&format!("{}.{}", name, method), *f));
    }
    if name == "Mapping" || name == "Set" {
        // Defining __eq__ sets __hash__ = None in CPython's Mapping and Set.
        dict.set_str("__hash__", Value::None);
    }
}

fn this(args: &[Value]) -> Value {
    args.first().cloned().unwrap_or(Value::None)
}

fn arg(args: &[Value], i: usize, method: &str) -> PyResult<Value> {
    args.get(i).cloned().ok_or_else(|| PyErr::type_error(format!("{}() missing a required argument", method)))
}

fn iter_value(name: &'static str, items: impl Iterator<Item = PyResult<Value>> + 'static) -> Value {
    Value::Iter(Rc::new(RefCell::new(IterObj { name, next: Box::new(items), gen: None })))
}

fn iterator_iter(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    Ok(this(&args))
}

/// `self[0]`, `self[1]`, ... until `IndexError`, as `Sequence.__iter__` does.
fn by_index(seq: Value) -> impl Iterator<Item = PyResult<Value>> {
    let mut i: i64 = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        match getitem(&seq, &Value::int(i)) {
            Ok(v) => {
                i += 1;
                Some(Ok(v))
            }
            Err(e) if e.is_instance("IndexError") => {
                done = true;
                None
            }
            Err(e) => {
                done = true;
                Some(Err(e))
            }
        }
    })
}

fn seq_iter(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    Ok(iter_value("iterator", by_index(this(&args))))
}

fn seq_contains(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let needle = arg(&args, 1, "__contains__")?;
    for v in by_index(this(&args)) {
        let v = v?;
        if is(&v, &needle) || eq_bool(&v, &needle)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn seq_reversed(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let seq = this(&args);
    let mut i = len_of(&seq)? as i64;
    Ok(iter_value("reversed", std::iter::from_fn(move || {
        if i <= 0 {
            return None;
        }
        i -= 1;
        Some(getitem(&seq, &Value::int(i)))
    })))
}

fn seq_index(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let needle = arg(&args, 1, "index")?;
    let seq = this(&args);
    let n = len_of(&seq)? as i64;
    let bound = |v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(Value::Int(i)) => {
                let i = i.to_i64().unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX });
                Ok(if i < 0 { (i + n).max(0) } else { i })
            }
            Some(other) => Err(PyErr::type_error(format!(
                "slice indices must be integers or have an __index__ method, not {}",
                other.type_name()
            ))),
        }
    };
    let start = bound(args.get(2), 0)?;
    let stop = bound(args.get(3), i64::MAX)?;
    let mut i = start;
    while i < stop {
        let v = match getitem(&seq, &Value::int(i)) {
            Ok(v) => v,
            Err(e) if e.is_instance("IndexError") => break,
            Err(e) => return Err(e),
        };
        if is(&v, &needle) || eq_bool(&v, &needle)? {
            return Ok(Value::int(i));
        }
        i += 1;
    }
    Err(PyErr::value_error(""))
}

fn seq_count(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let needle = arg(&args, 1, "count")?;
    let mut n = 0;
    for v in by_index(this(&args)) {
        let v = v?;
        if is(&v, &needle) || eq_bool(&v, &needle)? {
            n += 1;
        }
    }
    Ok(Value::int(n))
}

fn call(obj: &Value, name: &str, args: Vec<Value>) -> PyResult<Value> {
    call_method(obj, name, args, Kwargs::new())
}

fn mseq_append(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let seq = this(&args);
    let n = len_of(&seq)? as i64;
    call(&seq, "insert", vec![Value::int(n), arg(&args, 1, "append")?])?;
    Ok(Value::None)
}

fn mseq_extend(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let seq = this(&args);
    let values = arg(&args, 1, "extend")?;
    // Extending with itself must not loop forever: take the items first, as CPython does.
    let items: Vec<Value> = iterate(&values)?.collect::<PyResult<_>>()?;
    for v in items {
        call(&seq, "append", vec![v])?;
    }
    Ok(Value::None)
}

fn mseq_pop(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let seq = this(&args);
    let index = args.get(1).cloned().unwrap_or_else(|| Value::int(-1));
    let v = getitem(&seq, &index)?;
    call(&seq, "__delitem__", vec![index])?;
    Ok(v)
}

fn mseq_remove(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let seq = this(&args);
    let i = call(&seq, "index", vec![arg(&args, 1, "remove")?])?;
    call(&seq, "__delitem__", vec![i])?;
    Ok(Value::None)
}

fn mseq_reverse(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let seq = this(&args);
    let n = len_of(&seq)? as i64;
    for i in 0..n / 2 {
        let (a, b) = (getitem(&seq, &Value::int(i))?, getitem(&seq, &Value::int(n - i - 1))?);
        call(&seq, "__setitem__", vec![Value::int(i), b])?;
        call(&seq, "__setitem__", vec![Value::int(n - i - 1), a])?;
    }
    Ok(Value::None)
}

fn mseq_clear(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let seq = this(&args);
    while len_of(&seq)? > 0 {
        call(&seq, "pop", vec![])?;
    }
    Ok(Value::None)
}

fn mseq_iadd(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let seq = this(&args);
    call(&seq, "extend", vec![arg(&args, 1, "__iadd__")?])?;
    Ok(seq)
}

fn map_contains(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    match getitem(&this(&args), &arg(&args, 1, "__contains__")?) {
        Ok(_) => Ok(Value::TRUE),
        Err(e) if e.is_instance("KeyError") => Ok(Value::FALSE),
        Err(e) => Err(e),
    }
}

fn map_get(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    match getitem(&this(&args), &arg(&args, 1, "get")?) {
        Ok(v) => Ok(v),
        Err(e) if e.is_instance("KeyError") => Ok(args.get(2).cloned().unwrap_or(Value::None)),
        Err(e) => Err(e),
    }
}

fn view(kind: &str, mapping: Value) -> Value {
    let v = new_instance(&abc(kind));
    if let Value::Instance(i) = &v {
        i.dict.borrow_mut().set_str("_mapping", mapping);
    }
    v
}

fn map_keys(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    Ok(view("KeysView", this(&args)))
}

fn map_items(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    Ok(view("ItemsView", this(&args)))
}

fn map_values(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    Ok(view("ValuesView", this(&args)))
}

fn items_of(mapping: &Value) -> PyResult<Vec<(Value, Value)>> {
    let mut out = Vec::new();
    for k in iterate(mapping)? {
        let k = k?;
        let v = getitem(mapping, &k)?;
        out.push((k, v));
    }
    Ok(out)
}

fn map_eq(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let (a, b) = (this(&args), arg(&args, 1, "__eq__")?);
    let mapping = abc("Mapping");
    if !crate::value::class::is_instance(&b, &mapping) {
        return Ok(Value::NotImplemented);
    }
    let (x, y) = (items_of(&a)?, items_of(&b)?);
    if x.len() != y.len() {
        return Ok(Value::FALSE);
    }
    for (k, v) in &x {
        match getitem(&b, k) {
            Ok(w) if is(v, &w) || eq_bool(v, &w)? => {}
            Ok(_) => return Ok(Value::FALSE),
            Err(e) if e.is_instance("KeyError") => return Ok(Value::FALSE),
            Err(e) => return Err(e),
        }
    }
    Ok(Value::TRUE)
}

fn mmap_pop(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let (m, key) = (this(&args), arg(&args, 1, "pop")?);
    match getitem(&m, &key) {
        Ok(v) => {
            call(&m, "__delitem__", vec![key])?;
            Ok(v)
        }
        Err(e) if e.is_instance("KeyError") && args.len() > 2 => Ok(args[2].clone()),
        Err(e) => Err(e),
    }
}

fn mmap_popitem(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let m = this(&args);
    let key = match iterate(&m)?.next() {
        Some(k) => k?,
        None => return Err(PyErr::new("KeyError", "")),
    };
    let v = getitem(&m, &key)?;
    call(&m, "__delitem__", vec![key.clone()])?;
    Ok(Value::Tuple(Rc::new(vec![key, v])))
}

fn mmap_clear(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let m = this(&args);
    loop {
        match call(&m, "popitem", vec![]) {
            Ok(_) => {}
            Err(e) if e.is_instance("KeyError") => return Ok(Value::None),
            Err(e) => return Err(e),
        }
    }
}

fn mmap_update(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let m = this(&args);
    if let Some(other) = args.get(1) {
        let pairs: Vec<(Value, Value)> = if crate::value::class::is_instance(other, &abc("Mapping")) {
            items_of(other)?
        } else {
            let mut out = Vec::new();
            for item in iterate(other)? {
                let kv: Vec<Value> = iterate(&item?)?.collect::<PyResult<_>>()?;
                if kv.len() != 2 {
                    return Err(PyErr::value_error(format!(
                        "dictionary update sequence element has length {}; 2 is required",
                        kv.len()
                    )));
                }
                out.push((kv[0].clone(), kv[1].clone()));
            }
            out
        };
        for (k, v) in pairs {
            call(&m, "__setitem__", vec![k, v])?;
        }
    }
    for (k, v) in kwargs {
        call(&m, "__setitem__", vec![Value::Str(k), v])?;
    }
    Ok(Value::None)
}

fn mmap_setdefault(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let (m, key) = (this(&args), arg(&args, 1, "setdefault")?);
    match getitem(&m, &key) {
        Ok(v) => Ok(v),
        Err(e) if e.is_instance("KeyError") => {
            let default = args.get(2).cloned().unwrap_or(Value::None);
            call(&m, "__setitem__", vec![key, default.clone()])?;
            Ok(default)
        }
        Err(e) => Err(e),
    }
}

fn mapping_of(view: &Value) -> PyResult<Value> {
    match view {
        Value::Instance(i) => i.dict.borrow().get_str("_mapping").ok_or_else(|| PyErr::type_error("not a mapping view")),
        _ => Err(PyErr::type_error("not a mapping view")),
    }
}

fn view_kind(view: &Value) -> String {
    match view {
        Value::Instance(i) => i.class.name.to_string(),
        _ => String::new(),
    }
}

fn view_iter(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let v = this(&args);
    let m = mapping_of(&v)?;
    let kind = view_kind(&v);
    let mut keys = iterate(&m)?;
    Ok(iter_value("iterator", std::iter::from_fn(move || {
        let k = match keys.next()? {
            Ok(k) => k,
            Err(e) => return Some(Err(e)),
        };
        Some(match kind.as_str() {
            "KeysView" => Ok(k),
            "ValuesView" => getitem(&m, &k),
            _ => getitem(&m, &k).map(|v| Value::Tuple(Rc::new(vec![k, v]))),
        })
    })))
}

fn view_len(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    Ok(Value::int(len_of(&mapping_of(&this(&args))?)? as i64))
}

fn view_contains(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let v = this(&args);
    let needle = arg(&args, 1, "__contains__")?;
    let items = view_iter(vec![v], Kwargs::new())?;
    for x in iterate(&items)? {
        let x = x?;
        if is(&x, &needle) || eq_bool(&x, &needle)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn view_repr(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let v = this(&args);
    let m = mapping_of(&v)?;
    Ok(Value::str(&format!("{}({})", view_kind(&v), crate::value::text::repr_of(&m)?)))
}
