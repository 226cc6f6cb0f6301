//! The `collections` module: `deque` (deque.rs), `Counter`, `defaultdict`, `OrderedDict`
//! (mapping.rs) and `namedtuple`, whose classes keep their values in a hidden tuple and
//! behave as tuples through their dunders (index, unpack, compare, hash).

use super::args::{func_kw, module, no_more_kwargs, take_kw};
use super::objs::{method, method_kw, set_state, state};
use crate::exc::{PyErr, PyResult};
use crate::value::class::{builtin_class, make_classmethod, new_class};
use crate::value::compare;
use crate::value::func::{bind, call};
use crate::value::iterate::{collect, iter_value};
use crate::value::text::repr_of;
use crate::value::{BuiltinType, Class, Kwargs, Module, Params, Value};
use std::rc::Rc;

/// The items of a tuple or of a namedtuple instance (`None` for anything else).
pub fn tuple_items(v: &Value) -> Option<Rc<Vec<Value>>> {
    match v {
        Value::Tuple(t) => Some(t.clone()),
        Value::Instance(_) => match state(v, "__tuple__") {
            Ok(Value::Tuple(t)) => Some(t),
            _ => None,
        },
        _ => None,
    }
}

/// `v` as a plain tuple when it is a namedtuple instance, else `v` itself.
fn as_tuple(v: &Value) -> Value {
    match (v, tuple_items(v)) {
        (Value::Instance(_), Some(t)) => Value::Tuple(t),
        _ => v.clone(),
    }
}

fn own_tuple(this: &Value) -> PyResult<Value> {
    state(this, "__tuple__")
}

fn fields_of(this: &Value) -> Vec<String> {
    let found = match this {
        Value::Instance(i) => crate::value::class::lookup(&i.class, "_fields"),
        Value::Class(c) => crate::value::class::lookup(c, "_fields"),
        _ => None,
    };
    match found {
        Some(Value::Tuple(t)) => t.iter().map(|f| crate::value::text::str_of(f).map(|s| s.to_string()).unwrap_or_default()).collect(),
        _ => Vec::new(),
    }
}

/// A comparison of the underlying tuples (`NotImplemented` against non-tuples).
fn tuple_cmp(name: &'static str, op: fn(&Value, &Value) -> PyResult<Value>) -> (&'static str, Value) {
    method(name, move |this, args, _| match args.get(0).and_then(tuple_items) {
        Some(other) => op(&own_tuple(this)?, &Value::Tuple(other)),
        None => Ok(Value::NotImplemented),
    })
}

/// Python's keywords (`keyword.kwlist`), which cannot name a type or a field.
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
    "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
    "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

fn is_identifier(name: &str) -> PyResult<bool> {
    crate::value::ops::truthy(&crate::value::func::call_method(&Value::str(name), "isidentifier", vec![], vec![])?)
}

fn split_fields(v: &Value) -> PyResult<Vec<String>> {
    match v {
        Value::Str(s) => Ok(s.as_str().replace(',', " ").split_whitespace().map(|x| x.to_string()).collect()),
        other => collect(other)?
            .iter()
            .map(|x| crate::value::text::str_of(x).map(|s| s.to_string()))
            .collect::<PyResult<_>>(),
    }
}

/// `namedtuple`'s checks of the names, renaming bad field names to `_<index>` when asked.
fn check_names(typename: &str, mut names: Vec<String>, rename: bool) -> PyResult<Vec<String>> {
    if rename {
        let mut seen: Vec<String> = Vec::new();
        for (i, n) in names.iter_mut().enumerate() {
            let original = n.clone();
            if !is_identifier(n)? || KEYWORDS.contains(&n.as_str()) || n.starts_with('_') || seen.contains(n) {
                *n = format!("_{}", i);
            }
            seen.push(original);
        }
    }
    for n in std::iter::once(typename).chain(names.iter().map(|s| s.as_str())) {
        if !is_identifier(n)? {
            return Err(PyErr::value_error(format!(
                "Type names and field names must be valid identifiers: {}",
                repr_of(&Value::str(n))?
            )));
        }
        if KEYWORDS.contains(&n) {
            return Err(PyErr::value_error(format!(
                "Type names and field names cannot be a keyword: {}",
                repr_of(&Value::str(n))?
            )));
        }
    }
    let mut seen: Vec<&String> = Vec::new();
    for n in &names {
        if n.starts_with('_') && !rename {
            return Err(PyErr::value_error(format!("Field names cannot start with an underscore: '{}'", n)));
        }
        if seen.contains(&n) {
            return Err(PyErr::value_error(format!("Encountered duplicate field name: '{}'", n)));
        }
        seen.push(n);
    }
    Ok(names)
}

/// Whether `this` is an instance of the namedtuple class itself (which has no `__dict__`),
/// not of a Python subclass of it (which has one).
fn is_exact_namedtuple(this: &Value) -> bool {
    match this {
        Value::Instance(i) => matches!(i.class.dict.borrow().get_str("__namedtuple__"), Some(Value::Bool(true))),
        _ => false,
    }
}

fn attr_name(args: &[Value]) -> PyResult<String> {
    match args.first() {
        Some(Value::Str(s)) => Ok(s.to_string()),
        _ => Err(PyErr::type_error("attribute name must be string")),
    }
}

fn namedtuple_members(typename: String, fields: Vec<&'static str>, defaults: Vec<Value>) -> Vec<(&'static str, Value)> {
    // `__new__(_cls, *fields)`: the class counts in CPython's argument-count messages.
    let mut with_cls = vec!["_cls"];
    with_cls.extend(fields.iter().copied());
    let params = Params::new(&with_cls);
    let ctor_name = format!("{}.__new__", typename);
    let init_fields = fields.clone();
    vec![
        method_kw("__init__", move |this, mut args, kwargs| {
            args.insert(0, Value::None);
            let mut values = bind(&ctor_name, &params, &defaults, &[], args, kwargs)?;
            values.remove(0);
            for (f, v) in init_fields.iter().zip(values.iter()) {
                set_state(this, f, v.clone());
            }
            set_state(this, "__tuple__", Value::tuple(values));
            Ok(Value::None)
        }),
        method("__repr__", |this, _, _| {
            let items = tuple_items(this).unwrap_or_default();
            let mut parts = Vec::new();
            for (f, v) in fields_of(this).iter().zip(items.iter()) {
                parts.push(format!("{}={}", f, repr_of(v)?));
            }
            Ok(Value::str(&format!("{}({})", this.type_name(), parts.join(", "))))
        }),
        method("__setattr__", |this, args, _| {
            let name = attr_name(&args)?;
            if fields_of(this).contains(&name) {
                return Err(PyErr::new("AttributeError", "can't set attribute"));
            }
            if is_exact_namedtuple(this) {
                return Err(PyErr::new(
                    "AttributeError",
                    format!("'{}' object has no attribute '{}'", this.type_name(), name),
                ));
            }
            crate::value::attr::generic_setattr(this, &name, args.get(1).cloned().unwrap_or(Value::None))?;
            Ok(Value::None)
        }),
        method("__delattr__", |this, args, _| {
            let name = attr_name(&args)?;
            if fields_of(this).contains(&name) {
                return Err(PyErr::new("AttributeError", "can't delete attribute"));
            }
            crate::value::attr::generic_delattr(this, &name)?;
            Ok(Value::None)
        }),
        method("__getitem__", |this, args, _| crate::value::ops::getitem(&own_tuple(this)?, &args[0])),
        method("__len__", |this, _, _| Ok(Value::int(tuple_items(this).map_or(0, |t| t.len()) as i64))),
        method("__iter__", |this, _, _| iter_value(&own_tuple(this)?)),
        method("__contains__", |this, args, _| Ok(Value::Bool(compare::contains(&own_tuple(this)?, &args[0])?))),
        method("__hash__", |this, _, _| Ok(Value::int(crate::value::hash::hash_value(&own_tuple(this)?)?))),
        // tuple's `+` takes any tuple, a namedtuple included, on either side.
        method("__add__", |this, args, _| crate::value::ops::add(&own_tuple(this)?, &as_tuple(&args[0]))),
        method("__radd__", |this, args, _| match &args[0] {
            t @ Value::Tuple(_) => crate::value::ops::add(t, &own_tuple(this)?),
            _ => Ok(Value::NotImplemented),
        }),
        method("__mul__", |this, args, _| crate::value::ops::mul(&own_tuple(this)?, &args[0])),
        method("__rmul__", |this, args, _| match &args[0] {
            n @ (Value::Int(_) | Value::Bool(_)) => crate::value::ops::mul(&own_tuple(this)?, n),
            _ => Ok(Value::NotImplemented),
        }),
        tuple_cmp("__eq__", compare::eq),
        tuple_cmp("__ne__", compare::ne),
        tuple_cmp("__lt__", compare::lt),
        tuple_cmp("__le__", compare::le),
        tuple_cmp("__gt__", compare::gt),
        tuple_cmp("__ge__", compare::ge),
        method_kw("count", |this, args, kw| crate::value::func::call_method(&own_tuple(this)?, "count", args, kw)),
        method_kw("index", |this, args, kw| crate::value::func::call_method(&own_tuple(this)?, "index", args, kw)),
        method("_asdict", |this, _, _| {
            let items = tuple_items(this).unwrap_or_default();
            let pairs = fields_of(this).iter().zip(items.iter()).map(|(f, v)| (Value::str(f), v.clone())).collect();
            Value::dict(pairs)
        }),
        method_kw("_replace", |this, _, mut kwargs| {
            let items = tuple_items(this).unwrap_or_default();
            let mut values = Vec::new();
            for (f, v) in fields_of(this).iter().zip(items.iter()) {
                values.push(take_kw(&mut kwargs, f).unwrap_or_else(|| v.clone()));
            }
            if !kwargs.is_empty() {
                let names: Vec<Value> = kwargs.iter().map(|(k, _)| Value::Str(k.clone())).collect();
                return Err(PyErr::value_error(format!("Got unexpected field names: {}", repr_of(&Value::list(names))?)));
            }
            let cls = match this {
                Value::Instance(i) => Value::Class(i.class.clone()),
                _ => return Err(PyErr::type_error("_replace needs an instance")),
            };
            call(&cls, values, vec![])
        }),
        method("__copy__", |this, _, _| Ok(this.clone())),
        method("__deepcopy__", |this, _, _| {
            let items = tuple_items(this).unwrap_or_default();
            let copied = items.iter().map(super::copy_::deep).collect::<PyResult<Vec<_>>>()?;
            match this {
                Value::Instance(i) => call(&Value::Class(i.class.clone()), copied, vec![]),
                _ => Ok(this.clone()),
            }
        }),
    ]
}

/// A namedtuple class: `typename` with `fields` (the last `defaults.len()` defaulted).
pub fn make_namedtuple(typename: &str, fields: Vec<String>, defaults: Vec<Value>) -> PyResult<Rc<Class>> {
    let statics: Vec<&'static str> = fields.iter().map(|f| &*Box::leak(f.clone().into_boxed_str())).collect();
    // A `tuple` subclass, as in CPython (`isinstance(p, tuple)`); its values live in `__tuple__`.
    let cls = new_class(typename, typename, super::local::defining_module(), vec![builtin_class(BuiltinType::Tuple)], None)?;
    let field_values: Vec<Value> = fields.iter().map(|f| Value::str(f)).collect();
    let n_def = defaults.len();
    let field_defaults = fields[fields.len() - n_def..].iter().map(|f| Value::str(f)).zip(defaults.iter().cloned()).collect();
    {
        let mut d = cls.dict.borrow_mut();
        d.set_str("__module__", Value::str(super::local::defining_module()));
        d.set_str("_fields", Value::tuple(field_values.clone()));
        d.set_str("__match_args__", Value::tuple(field_values));
        d.set_str("__namedtuple__", Value::TRUE);
        // `namedtuple` declares `__slots__ = ()`: a subclass declaring slots has no `__dict__`.
        d.set_str("__slots__", Value::tuple(vec![]));
        d.set_str("_field_defaults", Value::dict(field_defaults)?);
        for (k, v) in namedtuple_members(typename.to_string(), statics, defaults) {
            d.set_str(k, v);
        }
        let make = Value::function("_make", "_make", Params::new(&["cls", "iterable"]), vec![], vec![], |slots| {
            let items = collect(&slots[1])?;
            let want = fields_of(&slots[0]).len();
            if items.len() != want {
                return Err(PyErr::type_error(format!("Expected {} arguments, got {}", want, items.len())));
            }
            call(&slots[0], items, vec![])
        });
        d.set_str("_make", make_classmethod(make));
    }
    Ok(cls)
}

/// An instance of a namedtuple class made (once) for the runtime, like `CacheInfo`.
pub fn make_namedtuple_value(typename: &str, fields: &[&str], values: Vec<Value>) -> PyResult<Value> {
    let key = format!("namedtuple.{}", typename);
    let names: Vec<String> = fields.iter().map(|s| s.to_string()).collect();
    let name = typename.to_string();
    let cls = crate::value::class::cached_class(&key, move || make_namedtuple(&name, names, vec![]).expect("valid fields"));
    call(&Value::Class(cls), values, vec![])
}

fn namedtuple(args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let mut args = args.into_iter();
    let typename = args.next().or_else(|| take_kw(&mut kwargs, "typename"));
    let fields = args.next().or_else(|| take_kw(&mut kwargs, "field_names"));
    let defaults = take_kw(&mut kwargs, "defaults");
    let rename = match take_kw(&mut kwargs, "rename") {
        Some(r) => crate::value::ops::truthy(&r)?,
        None => false,
    };
    let _ = take_kw(&mut kwargs, "module");
    no_more_kwargs("namedtuple", &kwargs)?;
    let (typename, fields) = match (typename, fields) {
        (Some(t), Some(f)) => {
            let t = crate::value::text::str_of(&t)?.to_string();
            let f = check_names(&t, split_fields(&f)?, rename)?;
            (t, f)
        }
        _ => return Err(PyErr::type_error("namedtuple() missing 2 required positional arguments: 'typename' and 'field_names'")),
    };
    let defaults = match defaults {
        None | Some(Value::None) => Vec::new(),
        Some(d) => collect(&d)?,
    };
    if defaults.len() > fields.len() {
        return Err(PyErr::type_error("Got more default values than field names"));
    }
    Ok(Value::Class(make_namedtuple(&typename, fields, defaults)?))
}

pub fn build() -> Module {
    module(
        "collections",
        vec![
            ("deque", Value::Class(super::deque::deque_class())),
            ("ChainMap", Value::Class(super::chainmap::chainmap_class())),
            ("Counter", Value::Class(super::counter::counter_class())),
            ("defaultdict", Value::Class(super::mapping::defaultdict_class())),
            ("OrderedDict", Value::Class(super::mapping::ordereddict_class())),
            func_kw("namedtuple", namedtuple),
        ],
    )
}
