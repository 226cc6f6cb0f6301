//! The `dataclasses` module: `@dataclass` (with `init`, `repr`, `eq`, `order`, `frozen`,
//! `unsafe_hash`), `field`, `fields`, `asdict`, `astuple`, `replace`, `is_dataclass` and
//! `FrozenInstanceError`. Fields come from the class's `__annotations__` (evaluated
//! annotations, or strings under `from __future__ import annotations`) in declaration
//! order; the generated methods follow CPython's `dataclasses.py`.

use crate::exc::{PyErr, PyResult};
use crate::str::Str;
use crate::value::attr::getattr;
use crate::value::class::{builtin_class, cached_class, is_instance, lookup, new_class, new_instance, type_of};
use crate::value::exception::{error_with_args, exception_class, exception_instance};
use crate::value::func::call;
use crate::value::{BuiltinType, Class, DictObj, Kwargs, Module, Params, Value};
use std::cell::RefCell;
use std::rc::Rc;

pub fn build() -> Module {
    let mut d = DictObj::new();
    d.set_str("dataclass", Value::builtin("dataclass", dataclass));
    d.set_str("field", Value::builtin("field", field));
    d.set_str("fields", Value::builtin("fields", |args, kwargs| {
        let args = super::args::bind("fields", args, kwargs, &["class_or_instance"])?;
        Ok(Value::tuple(fields_of(args.first())?))
    }));
    // `dict_factory=`/`tuple_factory=` are not supported: refused rather than ignored.
    d.set_str("asdict", Value::builtin("asdict", |args, kwargs| {
        super::args::no_kwargs("asdict", &kwargs)?;
        convert_instance(args.first(), true)
    }));
    d.set_str("astuple", Value::builtin("astuple", |args, kwargs| {
        super::args::no_kwargs("astuple", &kwargs)?;
        convert_instance(args.first(), false)
    }));
    d.set_str("replace", Value::builtin("replace", replace));
    d.set_str("is_dataclass", Value::builtin("is_dataclass", |args, kwargs| {
        let args = super::args::bind("is_dataclass", args, kwargs, &["obj"])?;
        Ok(Value::Bool(args.first().map_or(false, |v| dataclass_fields(v).is_some())))
    }));
    d.set_str("FrozenInstanceError", Value::Class(frozen_error_class()));
    d.set_str("MISSING", missing());
    d.set_str("KW_ONLY", Value::Class(kw_only_class()));
    d.set_str("InitVar", Value::Class(super::dataclasses_initvar::initvar_class()));
    d.set_str("make_dataclass", Value::builtin("make_dataclass", super::dataclasses_make::make_dataclass));
    d.set_str("Field", Value::Class(field_class()));
    Module { name: Str::from("dataclasses"), dict: RefCell::new(d), globals: &[] }
}

/// `dataclasses.FrozenInstanceError`, an `AttributeError`.
pub fn frozen_error_class() -> Rc<Class> {
    cached_class("dataclasses.FrozenInstanceError", || {
        let base = exception_class("AttributeError").expect("AttributeError exists");
        new_class("FrozenInstanceError", "FrozenInstanceError", "dataclasses", vec![base], None).expect("single base")
    })
}

fn missing() -> Value {
    let cls = cached_class("dataclasses._MISSING_TYPE", || {
        new_class("_MISSING_TYPE", "_MISSING_TYPE", "dataclasses", vec![builtin_class(BuiltinType::Object)], None)
            .expect("single base")
    });
    thread_local! { static MISSING: RefCell<Option<Value>> = RefCell::new(None); }
    MISSING.with(|m| m.borrow_mut().get_or_insert_with(|| new_instance(&cls)).clone())
}

fn is_missing(v: &Value) -> bool {
    crate::value::compare::is(v, &missing())
}

fn field_class() -> Rc<Class> {
    cached_class("dataclasses.Field", || {
        new_class("Field", "Field", "dataclasses", vec![builtin_class(BuiltinType::Object)], None).expect("single base")
    })
}

fn kwarg(kwargs: &Kwargs, name: &str) -> Option<Value> {
    kwargs.iter().rev().find(|(k, _)| k.as_str() == name).map(|(_, v)| v.clone())
}

fn flag(kwargs: &Kwargs, name: &str, default: bool) -> PyResult<bool> {
    match kwarg(kwargs, name) {
        Some(v) => crate::value::ops::truthy(&v),
        None => Ok(default),
    }
}

/// `field(default=…, default_factory=…, init=, repr=, compare=, hash=)`.
fn field(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    if !args.is_empty() {
        let verb = if args.len() == 1 { "was" } else { "were" };
        return Err(PyErr::type_error(format!("field() takes 0 positional arguments but {} {} given", args.len(), verb)));
    }
    const KNOWN: [&str; 8] = ["default", "default_factory", "init", "repr", "hash", "compare", "metadata", "kw_only"];
    if let Some((k, _)) = kwargs.iter().find(|(k, _)| !KNOWN.contains(&k.as_str())) {
        return Err(PyErr::type_error(format!("field() got an unexpected keyword argument '{}'", k)));
    }
    let default = kwarg(&kwargs, "default").unwrap_or_else(missing);
    let factory = kwarg(&kwargs, "default_factory").unwrap_or_else(missing);
    if !is_missing(&default) && !is_missing(&factory) {
        return Err(error_with_args("ValueError", vec![Value::str("cannot specify both default and default_factory")]));
    }
    let f = new_instance(&field_class());
    if let Value::Instance(i) = &f {
        let mut d = i.dict.borrow_mut();
        d.set_str("name", Value::None);
        d.set_str("type", Value::None);
        d.set_str("default", default);
        d.set_str("default_factory", factory);
        d.set_str("init", Value::Bool(flag(&kwargs, "init", true)?));
        d.set_str("repr", Value::Bool(flag(&kwargs, "repr", true)?));
        d.set_str("compare", Value::Bool(flag(&kwargs, "compare", true)?));
        d.set_str("hash", kwarg(&kwargs, "hash").unwrap_or(Value::None));
        // MISSING until the class decides (its `kw_only=`, or a `KW_ONLY` marker before it).
        let kw_only = match kwarg(&kwargs, "kw_only") {
            Some(v) if !is_missing(&v) => Value::Bool(crate::value::ops::truthy(&v)?),
            _ => missing(),
        };
        d.set_str("kw_only", kw_only);
    }
    Ok(f)
}

/// One field, as the generated methods need it.
#[derive(Clone)]
struct FieldInfo {
    name: String,
    default: Value,
    factory: Value,
    init: bool,
    repr: bool,
    compare: bool,
    hash: Value,
    kw_only: bool,
    /// An `InitVar` pseudo-field: a parameter of `__init__` passed on to `__post_init__`,
    /// never an attribute, and left out of `fields()`, the repr, comparisons and the hash.
    initvar: bool,
    object: Value,
}

impl FieldInfo {
    fn of(field: &Value) -> FieldInfo {
        let get = |k: &str| match field {
            Value::Instance(i) => i.dict.borrow().get_str(k).unwrap_or(Value::None),
            _ => Value::None,
        };
        let truth = |k: &str| matches!(get(k), Value::Bool(true));
        FieldInfo {
            name: match get("name") {
                Value::Str(s) => s.to_string(),
                _ => String::new(),
            },
            default: get("default"),
            factory: get("default_factory"),
            init: truth("init"),
            repr: truth("repr"),
            compare: truth("compare"),
            hash: get("hash"),
            kw_only: truth("kw_only"),
            initvar: matches!(get("_field_type"), Value::Str(s) if s.as_str() == INITVAR),
            object: field.clone(),
        }
    }

    fn has_default(&self) -> bool {
        !is_missing(&self.default) || !is_missing(&self.factory)
    }
}

/// `@dataclass` or `@dataclass(frozen=True, …)`.
fn dataclass(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    check_options(&kwargs)?;
    match args.into_iter().next() {
        Some(Value::Class(cls)) => process(&cls, &kwargs),
        Some(other) => Err(PyErr::type_error(format!("dataclass() should be called on a class, not '{}'", other.type_name()))),
        None => Ok(Value::builtin("wrap", move |args, _| match args.into_iter().next() {
            Some(Value::Class(cls)) => process(&cls, &kwargs),
            _ => Err(PyErr::type_error("dataclass() should be called on a class")),
        })),
    }
}

/// `typing.ClassVar` or `ClassVar[...]`; as a string (PEP 563), text naming it (CPython's
/// `_is_type` matches the leading dotted name the same way).
fn is_classvar(annotation: &Value) -> bool {
    match annotation {
        Value::Str(s) => {
            let t = s.as_str().trim();
            t == "ClassVar" || t.starts_with("ClassVar[") || t.starts_with("typing.ClassVar")
        }
        other => super::typing::form_text(other).map_or(false, |t| t == "typing.ClassVar" || t.starts_with("typing.ClassVar[")),
    }
}

fn kw_only_class() -> Rc<Class> {
    cached_class("dataclasses.KW_ONLY", || {
        new_class("KW_ONLY", "KW_ONLY", "dataclasses", vec![builtin_class(BuiltinType::Object)], None).expect("single base")
    })
}

fn is_kw_only_marker(annotation: &Value) -> bool {
    match annotation {
        Value::Str(s) => matches!(s.as_str().trim(), "KW_ONLY" | "dataclasses.KW_ONLY"),
        Value::Class(c) => Rc::ptr_eq(c, &kw_only_class()),
        _ => false,
    }
}

fn collect_fields(cls: &Rc<Class>, class_kw_only: bool) -> PyResult<Vec<FieldInfo>> {
    let mut kw_only_default = class_kw_only;
    let mut fields: Vec<FieldInfo> = Vec::new();
    let mro = cls.mro.borrow().clone();
    for base in mro[1..].iter().rev() {
        if let Some(Value::Dict(d)) = base.dict.borrow().get_str("__dataclass_fields__") {
            for (_, f) in d.borrow().items() {
                let info = FieldInfo::of(&f);
                match fields.iter_mut().find(|x| x.name == info.name) {
                    Some(slot) => *slot = info,
                    None => fields.push(info),
                }
            }
        }
    }
    let annotations = match cls.dict.borrow().get_str("__annotations__") {
        Some(Value::Dict(d)) => d.borrow().items(),
        _ => Vec::new(),
    };
    for (name, annotation) in annotations {
        if is_classvar(&annotation) {
            continue;
        }
        if is_kw_only_marker(&annotation) {
            // `_: KW_ONLY`: not a field; the fields after it are keyword-only.
            kw_only_default = true;
            continue;
        }
        if let Value::Str(text) = &annotation {
            let t = text.as_str().trim();
            if t.starts_with("KW_ONLY") || t.starts_with("dataclasses.KW_ONLY") {
                return Err(PyErr::untranslatable(&format!("a dataclass field annotated `{}`", t)));
            }
        }
        let name_str = match &name {
            Value::Str(s) => s.to_string(),
            _ => continue,
        };
        let default = cls.dict.borrow().get_str(&name_str);
        let f = match default {
            Some(Value::Instance(ref i)) if Rc::ptr_eq(&i.class, &field_class()) => default.clone().expect("matched"),
            Some(v) => field(vec![], vec![(Str::from("default"), v)])?,
            None => field(vec![], vec![])?,
        };
        if let Value::Instance(i) = &f {
            let mut d = i.dict.borrow_mut();
            d.set_str("name", name.clone());
            d.set_str("type", annotation.clone());
            let kind = if super::dataclasses_initvar::is_initvar(&annotation) { INITVAR } else { "_FIELD" };
            d.set_str("_field_type", Value::str(kind));
            if d.get_str("kw_only").map_or(true, |k| is_missing(&k)) {
                d.set_str("kw_only", Value::Bool(kw_only_default));
            }
        }
        let info = FieldInfo::of(&f);
        if matches!(info.default, Value::List(_) | Value::Dict(_) | Value::Set(_)) {
            return Err(error_with_args("ValueError", vec![Value::str(&format!(
                "mutable default <class '{}'> for field {} is not allowed: use default_factory",
                info.default.type_name(),
                info.name
            ))]));
        }
        // The class attribute is the default value itself (or nothing).
        if is_missing(&info.default) {
            cls.dict.borrow_mut().remove_str(&name_str);
        } else {
            cls.dict.borrow_mut().set_str(&name_str, info.default.clone());
        }
        match fields.iter_mut().find(|x| x.name == info.name) {
            Some(slot) => *slot = info,
            None => fields.push(info),
        }
    }
    Ok(fields)
}

/// `TypeError` for a keyword `@dataclass` does not take.
fn check_options(kwargs: &Kwargs) -> PyResult<()> {
    const OPTIONS: [&str; 10] =
        ["init", "repr", "eq", "order", "unsafe_hash", "frozen", "match_args", "kw_only", "slots", "weakref_slot"];
    match kwargs.iter().find(|(k, _)| !OPTIONS.contains(&k.as_str())) {
        Some((k, _)) => Err(PyErr::type_error(format!("dataclass() got an unexpected keyword argument '{}'", k))),
        None => Ok(()),
    }
}

pub fn process(cls: &Rc<Class>, kwargs: &Kwargs) -> PyResult<Value> {
    check_options(kwargs)?;
    let eq = flag(kwargs, "eq", true)?;
    let order = flag(kwargs, "order", false)?;
    let frozen = flag(kwargs, "frozen", false)?;
    let unsafe_hash = flag(kwargs, "unsafe_hash", false)?;
    if order && !eq {
        return Err(error_with_args("ValueError", vec![Value::str("eq must be true if order is true")]));
    }
    let fields = collect_fields(cls, flag(kwargs, "kw_only", false)?)?;
    let mut seen_default = false;
    for f in fields.iter().filter(|f| f.init && !f.kw_only) {
        if f.has_default() {
            seen_default = true;
        } else if seen_default {
            return Err(PyErr::type_error(format!("non-default argument '{}' follows default argument", f.name)));
        }
    }
    let table: Vec<(Value, Value)> = fields.iter().map(|f| (Value::str(&f.name), f.object.clone())).collect();
    let all_fields = fields;
    let fields: Vec<FieldInfo> = all_fields.iter().filter(|f| !f.initvar).cloned().collect();
    let has_own = |name: &str| cls.dict.borrow().get_str(name).is_some();
    let explicit_hash = matches!(cls.dict.borrow().get_str("__hash__"), Some(v) if !matches!(v, Value::None));
    let mut new_methods: Vec<(&str, Value)> = Vec::new();
    if flag(kwargs, "init", true)? {
        new_methods.push(("__init__", make_init(cls, &all_fields, frozen)));
    }
    if flag(kwargs, "repr", true)? {
        new_methods.push(("__repr__", make_repr(cls, &fields)));
    }
    if eq {
        new_methods.push(("__eq__", make_compare(cls, &fields, "__eq__")));
    }
    if order {
        for op in ["__lt__", "__le__", "__gt__", "__ge__"] {
            if has_own(op) {
                return Err(PyErr::type_error(format!(
                    "Cannot overwrite attribute {} in class {}. Consider using functools.total_ordering",
                    op, cls.name
                )));
            }
            new_methods.push((op, make_compare(cls, &fields, op)));
        }
    }
    if frozen {
        new_methods.push(("__setattr__", make_frozen(cls, &fields, "assign to")));
        new_methods.push(("__delattr__", make_frozen(cls, &fields, "delete")));
    }
    for (name, method) in new_methods {
        if !has_own(name) {
            cls.dict.borrow_mut().set_str(name, method);
        }
    }
    if !explicit_hash {
        if unsafe_hash || (eq && frozen) {
            cls.dict.borrow_mut().set_str("__hash__", make_hash(cls, &fields));
        } else if eq {
            cls.dict.borrow_mut().set_str("__hash__", Value::None);
        }
    }
    let match_args: Vec<Value> = all_fields.iter().filter(|f| f.init && !f.kw_only).map(|f| Value::str(&f.name)).collect();
    if flag(kwargs, "match_args", true)? && !has_own("__match_args__") {
        cls.dict.borrow_mut().set_str("__match_args__", Value::tuple(match_args));
    }
    if flag(kwargs, "slots", false)? {
        add_slots(cls, &fields)?;
    }
    let table = Value::dict(table)?;
    cls.dict.borrow_mut().set_str("__dataclass_fields__", table);
    Ok(Value::Class(cls.clone()))
}

/// `slots=True`: `__slots__` names the fields, so instances refuse other attributes (no
/// `__dict__`), and the defaults leave the class namespace as `_add_slots` pops them (the
/// generated `__init__` keeps them). CPython makes a new class; the runtime changes this one,
/// which only differs for code that kept the undecorated class.
fn add_slots(cls: &Rc<Class>, fields: &[FieldInfo]) -> PyResult<()> {
    if cls.dict.borrow().get_str("__slots__").is_some() {
        return Err(PyErr::type_error(format!("{} already specifies __slots__", cls.name)));
    }
    let mut d = cls.dict.borrow_mut();
    for f in fields {
        d.remove_str(&f.name);
    }
    d.set_str("__slots__", Value::tuple(fields.iter().map(|f| Value::str(&f.name)).collect()));
    Ok(())
}

/// `Field._field_type` of an `InitVar` pseudo-field (CPython's sentinel is named so).
const INITVAR: &str = "_FIELD_INITVAR";

fn leak(name: &str) -> &'static str {
    Box::leak(name.to_string().into_boxed_str())
}

fn factory_marker() -> Value {
    let cls = cached_class("dataclasses._HAS_DEFAULT_FACTORY_CLASS", || {
        new_class("_HAS_DEFAULT_FACTORY_CLASS", "_HAS_DEFAULT_FACTORY_CLASS", "dataclasses", vec![builtin_class(BuiltinType::Object)], None)
            .expect("single base")
    });
    thread_local! { static MARKER: RefCell<Option<Value>> = RefCell::new(None); }
    MARKER.with(|m| m.borrow_mut().get_or_insert_with(|| new_instance(&cls)).clone())
}

/// `__init__(self, <fields>, *, <keyword-only fields>)`, as CPython's `_init_fn` writes it.
fn make_init(cls: &Rc<Class>, fields: &[FieldInfo], frozen: bool) -> Value {
    let mut names: Vec<&'static str> = vec!["self"];
    let mut kwonly: Vec<&'static str> = Vec::new();
    let mut defaults = Vec::new();
    let mut kwdefaults = Vec::new();
    let default_of = |f: &FieldInfo| {
        if !is_missing(&f.factory) {
            Some(factory_marker())
        } else if !is_missing(&f.default) {
            Some(f.default.clone())
        } else {
            None
        }
    };
    for f in fields.iter().filter(|f| f.init && !f.kw_only) {
        names.push(leak(&f.name));
        defaults.extend(default_of(f));
    }
    for f in fields.iter().filter(|f| f.init && f.kw_only) {
        let name = leak(&f.name);
        kwonly.push(name);
        if let Some(d) = default_of(f) {
            kwdefaults.push((name, d));
        }
    }
    // The slot of each init field: positional ones first, then keyword-only ones.
    let mut slot_of: Vec<Option<usize>> = Vec::new();
    let (mut next_pos, mut next_kw) = (1, names.len());
    for f in fields {
        slot_of.push(match (f.init, f.kw_only) {
            (false, _) => None,
            (true, false) => {
                next_pos += 1;
                Some(next_pos - 1)
            }
            (true, true) => {
                next_kw += 1;
                Some(next_kw - 1)
            }
        });
    }
    let fields = fields.to_vec();
    let params = Params::new(&names).kwonly(&kwonly);
    Value::function("__init__", &format!("{}.__init__", cls.qualname), params, defaults, kwdefaults, move |slots| {
        let this = slots[0].clone();
        let mut post_args = vec![this.clone()];
        for (f, slot) in fields.iter().zip(slot_of.iter()) {
            let value = match slot {
                Some(i) => slots.get(*i).cloned().unwrap_or(Value::None),
                None if !is_missing(&f.factory) => factory_marker(),
                None => f.default.clone(),
            };
            let value = if crate::value::compare::is(&value, &factory_marker()) { call(&f.factory, vec![], vec![])? } else { value };
            if f.initvar {
                post_args.push(value);
            } else if f.init || !is_missing(&f.default) || !is_missing(&f.factory) {
                // As CPython's generated `__init__`: `self.name = value`, or
                // `object.__setattr__(self, name, value)` when frozen (past its refusing hook).
                if frozen {
                    crate::value::attr::generic_setattr(&this, &f.name, value)?;
                } else {
                    crate::value::attr::setattr(&this, &f.name, value)?;
                }
            }
        }
        if let Some(post) = lookup(&type_of(&this), "__post_init__") {
            call(&post, post_args, vec![])?;
        }
        Ok(Value::None)
    })
}

thread_local! {
    /// The `__repr__` functions `@dataclass` generated, with the fields each shows: pprint
    /// lays such instances out field by field (CPython recognises them by `__create_fn__`).
    static GENERATED_REPRS: RefCell<Vec<(Value, Vec<String>)>> = RefCell::new(Vec::new());
}

/// The fields a dataclass instance's generated `__repr__` shows, when its class's `__repr__`
/// is one `@dataclass` generated.
pub fn generated_repr_fields(v: &Value) -> Option<Vec<String>> {
    if matches!(v, Value::Class(_)) {
        return None;
    }
    let r = lookup(&type_of(v), "__repr__")?;
    GENERATED_REPRS.with(|g| {
        g.borrow().iter().find(|(f, _)| crate::value::compare::is(f, &r)).map(|(_, names)| names.clone())
    })
}

fn make_repr(cls: &Rc<Class>, fields: &[FieldInfo]) -> Value {
    let shown: Vec<String> = fields.iter().filter(|f| f.repr).map(|f| f.name.clone()).collect();
    let f = make_repr_fn(cls, shown.clone());
    GENERATED_REPRS.with(|g| g.borrow_mut().push((f.clone(), shown)));
    f
}

fn make_repr_fn(cls: &Rc<Class>, shown: Vec<String>) -> Value {
    Value::runtime_method(&format!("{}.__repr__", cls.qualname), move |args, _| {
        let this = &args[0];
        let mut parts = Vec::new();
        for name in &shown {
            parts.push(format!("{}={}", name, crate::value::text::repr_of(&getattr(this, name)?)?));
        }
        Ok(Value::str(&format!("{}({})", type_of(this).qualname, parts.join(", "))))
    })
}

fn compared(this: &Value, names: &[String]) -> PyResult<Value> {
    let mut items = Vec::new();
    for n in names {
        items.push(getattr(this, n)?);
    }
    Ok(Value::tuple(items))
}

fn make_compare(cls: &Rc<Class>, fields: &[FieldInfo], op: &'static str) -> Value {
    let names: Vec<String> = fields.iter().filter(|f| f.compare).map(|f| f.name.clone()).collect();
    Value::runtime_method(&format!("{}.{}", cls.qualname, op), move |args, _| {
        let (a, b) = (&args[0], &args[1]);
        if !Rc::ptr_eq(&type_of(a), &type_of(b)) {
            return Ok(Value::NotImplemented);
        }
        let (x, y) = (compared(a, &names)?, compared(b, &names)?);
        use crate::value::compare;
        match op {
            "__eq__" => compare::eq(&x, &y),
            "__lt__" => compare::lt(&x, &y),
            "__le__" => compare::le(&x, &y),
            "__gt__" => compare::gt(&x, &y),
            _ => compare::ge(&x, &y),
        }
    })
}

fn make_hash(cls: &Rc<Class>, fields: &[FieldInfo]) -> Value {
    let names: Vec<String> = fields
        .iter()
        .filter(|f| match &f.hash {
            Value::None => f.compare,
            Value::Bool(b) => *b,
            _ => true,
        })
        .map(|f| f.name.clone())
        .collect();
    Value::runtime_method(&format!("{}.__hash__", cls.qualname), move |args, _| {
        Ok(Value::int(crate::value::hash::hash_value(&compared(&args[0], &names)?)?))
    })
}

fn make_frozen(cls: &Rc<Class>, fields: &[FieldInfo], verb: &'static str) -> Value {
    let names: Vec<String> = fields.iter().map(|f| f.name.clone()).collect();
    let owner = cls.clone();
    let method = if verb == "delete" { "__delattr__" } else { "__setattr__" };
    Value::runtime_method(&format!("{}.{}", cls.qualname, method), move |args, _| {
        let this = &args[0];
        let name = match args.get(1) {
            Some(Value::Str(s)) => s.to_string(),
            _ => String::new(),
        };
        if Rc::ptr_eq(&type_of(this), &owner) || names.contains(&name) {
            let text = if verb == "delete" { format!("cannot delete field '{}'", name) } else { format!("cannot assign to field '{}'", name) };
            let exc = exception_instance(&frozen_error_class(), vec![Value::str(&text)]);
            return Err(crate::value::exception::error_of(exc));
        }
        if verb == "delete" {
            crate::value::attr::generic_delattr(this, &name)?;
        } else {
            crate::value::attr::generic_setattr(this, &name, args.get(2).cloned().unwrap_or(Value::None))?;
        }
        Ok(Value::None)
    })
}

/// The fields `fields()` gives of a dataclass or its instance (no `InitVar` pseudo-fields).
fn dataclass_fields(v: &Value) -> Option<Vec<Value>> {
    Some(field_table(v)?.into_iter().filter(|f| !FieldInfo::of(f).initvar).collect())
}

/// The `__dataclass_fields__` table of a dataclass or its instance.
fn field_table(v: &Value) -> Option<Vec<Value>> {
    let cls = match v {
        Value::Class(c) => c.clone(),
        other => type_of(other),
    };
    match lookup(&cls, "__dataclass_fields__") {
        Some(Value::Dict(d)) => Some(d.borrow().values()),
        _ => None,
    }
}

fn fields_of(v: Option<&Value>) -> PyResult<Vec<Value>> {
    v.and_then(dataclass_fields)
        .ok_or_else(|| PyErr::type_error("must be called with a dataclass type or instance"))
}

/// `asdict(obj)` / `astuple(obj)` of a dataclass instance (a class or anything else is a `TypeError`).
fn convert_instance(v: Option<&Value>, as_dict: bool) -> PyResult<Value> {
    match v {
        Some(v @ Value::Instance(_)) if dataclass_fields(v).is_some() => convert(v, as_dict),
        _ => Err(PyErr::type_error(format!(
            "{}() should be called on dataclass instances",
            if as_dict { "asdict" } else { "astuple" }
        ))),
    }
}

/// Recursively through dataclasses, lists, tuples, dicts.
fn convert(v: &Value, as_dict: bool) -> PyResult<Value> {
    if let (Value::Instance(_), Some(fields)) = (v, dataclass_fields(v)) {
        let mut pairs = Vec::new();
        for f in fields {
            let info = FieldInfo::of(&f);
            pairs.push((Value::str(&info.name), convert(&getattr(v, &info.name)?, as_dict)?));
        }
        return if as_dict { Value::dict(pairs) } else { Ok(Value::tuple(pairs.into_iter().map(|(_, x)| x).collect())) };
    }
    Ok(match v {
        Value::List(items) => {
            let items = items.borrow().clone();
            let mut out = Vec::new();
            for x in &items {
                out.push(convert(x, as_dict)?);
            }
            Value::list(out)
        }
        Value::Tuple(items) => {
            let mut out = Vec::new();
            for x in items.iter() {
                out.push(convert(x, as_dict)?);
            }
            Value::tuple(out)
        }
        Value::Dict(d) => {
            let items = d.borrow().items();
            let mut out = Vec::new();
            for (k, x) in items {
                out.push((convert(&k, as_dict)?, convert(&x, as_dict)?));
            }
            Value::dict(out)?
        }
        other => other.clone(),
    })
}

/// `replace(obj, **changes)`: a new instance with the init fields of `obj` and `changes`.
fn replace(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let obj = args.into_iter().next().unwrap_or(Value::None);
    let fields = match (&obj, field_table(&obj)) {
        (Value::Instance(_), Some(f)) => f,
        _ => return Err(PyErr::type_error("replace() should be called on dataclass instances")),
    };
    let mut new_kwargs: Kwargs = Vec::new();
    for f in fields {
        let info = FieldInfo::of(&f);
        if !info.init {
            if kwargs.iter().any(|(k, _)| k.as_str() == info.name) {
                return Err(error_with_args("ValueError", vec![Value::str(&format!(
                    "field {} is declared with init=False, it cannot be specified with replace()",
                    info.name
                ))]));
            }
            continue;
        }
        let value = match kwarg(&kwargs, &info.name) {
            Some(v) => v,
            None if info.initvar && is_missing(&info.default) => {
                return Err(error_with_args("ValueError", vec![Value::str(&format!(
                    "InitVar '{}' must be specified with replace()",
                    info.name
                ))]));
            }
            None => getattr(&obj, &info.name)?,
        };
        new_kwargs.push((Str::from(info.name.as_str()), value));
    }
    for (k, v) in kwargs {
        if !new_kwargs.iter().any(|(n, _)| n.as_str() == k.as_str()) {
            new_kwargs.push((k, v));
        }
    }
    let cls = Value::Class(type_of(&obj));
    if !is_instance(&obj, &type_of(&obj)) {
        return Err(PyErr::type_error("replace() should be called on dataclass instances"));
    }
    call(&cls, vec![], new_kwargs)
}
