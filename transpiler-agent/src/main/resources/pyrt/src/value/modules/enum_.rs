//! The `enum` module: `Enum`, `IntEnum`, `StrEnum`, `auto`, `unique`. A class deriving from
//! one of them gets its members made when the class is created (in definition order,
//! aliases for repeated values); calling it looks a member up by value.

use crate::exc::{PyErr, PyResult};
use crate::str::Str;
use crate::value::class::{builtin_class, cached_class, is_instance, lookup, lookup_with_owner, new_class, new_instance};
use crate::value::compare::eq_bool;
use crate::value::text::{format_value, repr_of, str_of};
use crate::value::{BuiltinType, Class, DictObj, Kwargs, Module, Value};
use super::enum_flag::{cached_pseudo, flag_class, init_flag_class, int_flag_class, is_flag_class, missing};
use std::cell::RefCell;
use std::rc::Rc;

pub fn build() -> Module {
    let mut d = DictObj::new();
    d.set_str("Enum", Value::Class(enum_class()));
    d.set_str("IntEnum", Value::Class(int_enum_class()));
    d.set_str("StrEnum", Value::Class(str_enum_class()));
    d.set_str("auto", Value::Class(auto_class()));
    d.set_str("EnumType", Value::Class(enum_type_class()));
    d.set_str("EnumMeta", Value::Class(enum_type_class()));
    d.set_str("Flag", Value::Class(flag_class()));
    d.set_str("IntFlag", Value::Class(int_flag_class()));
    d.set_str("unique", Value::builtin("unique", unique));
    Module { name: Str::from("enum"), dict: RefCell::new(d), globals: &[] }
}

/// `@unique`: `ValueError: duplicate values found in <enum 'Dup'>: B -> A` for aliases.
fn unique(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let cls = match args.into_iter().next() {
        Some(Value::Class(c)) => c,
        other => return Ok(other.unwrap_or(Value::None)),
    };
    let mut duplicates = Vec::new();
    if let Some(Value::Dict(d)) = cls.dict.borrow().get_str("__members__") {
        for (alias, member) in d.borrow().items() {
            let name = parts(&member).1.unwrap_or_default();
            if let Value::Str(a) = &alias {
                if a.as_str() != name {
                    duplicates.push(format!("{} -> {}", a, name));
                }
            }
        }
    }
    if !duplicates.is_empty() {
        return Err(PyErr::value_error(format!(
            "duplicate values found in <enum '{}'>: {}",
            cls.name,
            duplicates.join(", ")
        )));
    }
    Ok(Value::Class(cls))
}

/// Enum members' `name` and `value` cannot be set or deleted, nor members reassigned on their class.
pub fn check_setattr(obj: &Value, name: &str, delete: bool) -> PyResult<()> {
    let verb = if delete { "delete" } else { "set" };
    match obj {
        Value::Instance(i) if (name == "name" || name == "value") && is_enum_class(&i.class) => Err(PyErr::new(
            "AttributeError",
            format!("<enum 'Enum'> cannot {} attribute '{}'", verb, name),
        )),
        Value::Class(c) if is_enum_class(c) && !is_enum_root(c) => {
            let member = c.dict.borrow().get_str(name).map_or(false, |m| is_instance(&m, c));
            match (member, delete) {
                (true, false) => Err(PyErr::new("AttributeError", format!("cannot reassign member '{}'", name))),
                (true, true) => Err(PyErr::new("AttributeError", format!("'{}' cannot delete member '{}'.", c.name, name))),
                _ => Ok(()),
            }
        }
        _ => Ok(()),
    }
}

/// `enum.EnumType` (alias `EnumMeta`), the type of enum classes.
pub fn enum_type_class() -> Rc<Class> {
    cached_class("enum.EnumType", || {
        new_class("EnumType", "EnumType", "enum", vec![builtin_class(BuiltinType::Type)], None).expect("single base")
    })
}

fn auto_class() -> Rc<Class> {
    cached_class("enum.auto", || {
        let c = new_class("auto", "auto", "enum", vec![builtin_class(BuiltinType::Object)], None).expect("single base");
        super::enum_auto::add_operators(&c);
        c
    })
}

/// `enum.Enum`.
pub fn enum_class() -> Rc<Class> {
    cached_class("enum.Enum", || {
        let c = new_class("Enum", "Enum", "enum", vec![builtin_class(BuiltinType::Object)], None).expect("single base");
        {
            let mut d = c.dict.borrow_mut();
            d.set_str("__repr__", Value::runtime_method("Enum.__repr__", |args, _| {
                let (cls, name, value) = parts(&args[0]);
                Ok(Value::str(&format!("<{}.{}: {}>", cls, name.unwrap_or_default(), repr_of(&value)?)))
            }));
            d.set_str("__str__", Value::runtime_method("Enum.__str__", |args, _| {
                let (cls, name, _) = parts(&args[0]);
                Ok(Value::str(&format!("{}.{}", cls, name.unwrap_or_default())))
            }));
            // Members are singletons: copies are the member itself.
            d.set_str("__copy__", Value::runtime_method("Enum.__copy__", |args, _| Ok(args[0].clone())));
            d.set_str("__deepcopy__", Value::runtime_method("Enum.__deepcopy__", |args, _| Ok(args[0].clone())));
            d.set_str("__format__", Value::runtime_method("Enum.__format__", |args, _| {
                let text = Value::Str(str_of(&args[0])?);
                let spec = match args.get(1) {
                    Some(Value::Str(s)) => s.to_string(),
                    _ => String::new(),
                };
                Ok(Value::Str(format_value(&text, &spec)?))
            }));
        }
        c
    })
}

/// A member's class name, `_name_` (`None` for an unnamed flag pseudo-member) and `_value_`.
pub fn parts(member: &Value) -> (String, Option<String>, Value) {
    match member {
        Value::Instance(i) => {
            let d = i.dict.borrow();
            let name = match d.get_str("_name_") {
                Some(Value::Str(s)) => Some(s.to_string()),
                _ => None,
            };
            (i.class.name.to_string(), name, d.get_str("_value_").unwrap_or(Value::None))
        }
        _ => (String::new(), None, Value::None),
    }
}

/// A member's value (anything else is itself).
pub fn value_of(v: &Value) -> Value {
    match v {
        Value::Instance(i) if is_enum_class(&i.class) => i.dict.borrow().get_str("_value_").unwrap_or(Value::None),
        other => other.clone(),
    }
}

type Binary = fn(&Value, &Value) -> PyResult<Value>;

/// `IntEnum`: members behave as their int values in arithmetic, comparisons and `str()`.
pub fn int_enum_class() -> Rc<Class> {
    mixin_enum("IntEnum", true)
}

/// `StrEnum`: members behave as their str values.
pub fn str_enum_class() -> Rc<Class> {
    mixin_enum("StrEnum", false)
}

fn mixin_enum(name: &'static str, numeric: bool) -> Rc<Class> {
    cached_class(&format!("enum.{}", name), || {
        let c = new_class(name, name, "enum", vec![enum_class()], None).expect("single base");
        add_value_behaviour(&c, name, numeric);
        c
    })
}

/// The base that stands for `int`, `str` or `float` in `class Status(str, Enum)`: members
/// behave as their values except in `str()`, `format()` and `repr()`, which stay `Enum`'s.
pub fn data_type_mixin(t: BuiltinType) -> Option<Rc<Class>> {
    let (name, numeric) = match t {
        BuiltinType::Int => ("int", true),
        BuiltinType::Float => ("float", true),
        BuiltinType::Str => ("str", false),
        _ => return None,
    };
    Some(cached_class(&format!("enum.mixin.{}", name), || {
        let c = new_class(name, name, "builtins", vec![enum_class()], None).expect("single base");
        add_value_behaviour(&c, name, numeric);
        let mut d = c.dict.borrow_mut();
        d.remove_str("__str__");
        d.remove_str("__format__");
        d.set_str("__enum_data_type__", Value::str(name));
        drop(d);
        c
    }))
}

/// The methods that make members of `c` behave as their values (ints when `numeric`, else
/// strs) in operators, comparisons, hashing, `str()` and attribute access.
pub fn add_value_behaviour(c: &Rc<Class>, name: &'static str, numeric: bool) {
        use crate::value::{compare, ops};
        let mut binaries: Vec<(&str, Binary, bool)> = vec![
            ("__eq__", compare::eq, false), ("__ne__", compare::ne, false), ("__lt__", compare::lt, false),
            ("__le__", compare::le, false), ("__gt__", compare::gt, false), ("__ge__", compare::ge, false),
            ("__add__", ops::add, false), ("__radd__", ops::add, true), ("__mul__", ops::mul, false),
            ("__rmul__", ops::mul, true), ("__mod__", ops::modulo, false),
        ];
        if numeric {
            binaries.extend(vec![
                ("__sub__", ops::sub as Binary, false), ("__rsub__", ops::sub, true),
                ("__floordiv__", ops::floordiv, false), ("__rfloordiv__", ops::floordiv, true),
                ("__truediv__", ops::truediv, false), ("__rtruediv__", ops::truediv, true),
                ("__rmod__", ops::modulo, true), ("__pow__", ops::pow, false), ("__rpow__", ops::pow, true),
                ("__and__", ops::bitand, false), ("__rand__", ops::bitand, true), ("__or__", ops::bitor, false),
                ("__ror__", ops::bitor, true), ("__xor__", ops::bitxor, false), ("__rxor__", ops::bitxor, true),
                ("__lshift__", ops::lshift, false), ("__rshift__", ops::rshift, false),
            ]);
        }
        {
            let mut d = c.dict.borrow_mut();
            for (dunder, op, reflected) in binaries {
                d.set_str(dunder, Value::runtime_method(&format!("{}.{}", name, dunder), move |args, _| {
                    let (a, b) = (value_of(&args[0]), value_of(args.get(1).unwrap_or(&Value::None)));
                    if reflected { op(&b, &a) } else { op(&a, &b) }
                }));
            }
            // Methods of the value's type (`S.B.upper()`, `N.A.bit_length()`).
            d.set_str("__getattr__", Value::runtime_method(&format!("{}.__getattr__", name), |args, _| {
                match args.get(1) {
                    Some(Value::Str(attr)) => crate::value::attr::getattr(&value_of(&args[0]), attr.as_str()),
                    _ => Err(PyErr::type_error("attribute name must be string")),
                }
            }));
            d.set_str("__hash__", Value::runtime_method(&format!("{}.__hash__", name), |args, _| {
                Ok(Value::int(crate::value::hash::hash_value(&value_of(&args[0]))?))
            }));
            d.set_str("__str__", Value::runtime_method(&format!("{}.__str__", name), |args, _| {
                Ok(Value::Str(str_of(&value_of(&args[0]))?))
            }));
            d.set_str("__format__", Value::runtime_method(&format!("{}.__format__", name), |args, _| {
                let spec = match args.get(1) {
                    Some(Value::Str(s)) => s.to_string(),
                    _ => String::new(),
                };
                Ok(Value::Str(format_value(&value_of(&args[0]), &spec)?))
            }));
            if numeric {
                for (dunder, op) in [("__neg__", crate::value::ops::neg as fn(&Value) -> PyResult<Value>), ("__pos__", crate::value::ops::pos), ("__invert__", crate::value::ops::invert)] {
                    d.set_str(dunder, Value::runtime_method(&format!("{}.{}", name, dunder), move |args, _| op(&value_of(&args[0]))));
                }
                for dunder in ["__int__", "__index__", "__abs__"] {
                    d.set_str(dunder, Value::runtime_method(&format!("{}.{}", name, dunder), move |args, _| {
                        let v = value_of(&args[0]);
                        if dunder == "__abs__" { crate::value::builtins::abs(vec![v], vec![]) } else { Ok(v) }
                    }));
                }
                d.set_str("__bool__", Value::runtime_method(&format!("{}.__bool__", name), |args, _| {
                    Ok(Value::Bool(crate::value::ops::truthy(&value_of(&args[0]))?))
                }));
            } else {
                d.set_str("__len__", Value::runtime_method(&format!("{}.__len__", name), |args, _| {
                    Ok(Value::int(crate::value::ops::len_of(&value_of(&args[0]))? as i64))
                }));
            }
        }
}

/// `Enum`, `IntEnum` or `StrEnum` themselves (the classes members are not made for).
pub fn is_enum_root(c: &Rc<Class>) -> bool {
    c.module.as_str() == "enum" && matches!(c.name.as_str(), "Enum" | "IntEnum" | "StrEnum" | "Flag" | "IntFlag")
}

/// Whether `cls` is an enum class (derives from `Enum`).
pub fn is_enum_class(cls: &Rc<Class>) -> bool {
    cls.mro.borrow().iter().any(|c| is_enum_root(c))
}

fn is_member_candidate(name: &str, v: &Value) -> bool {
    let sunder = name.len() > 1 && name.starts_with('_') && name.ends_with('_');
    let descriptor = matches!(v, Value::Instance(i) if i.class.builtin == Some(BuiltinType::Descriptor));
    !(sunder || name.starts_with("__") || descriptor)
        && !matches!(v, Value::Func(_) | Value::Builtin(_) | Value::Class(_))
}

/// Makes the members of the new enum class `cls` from its namespace.
pub fn populate(cls: &Rc<Class>, namespace: &[(&str, Value)]) -> PyResult<()> {
    if let Some(base) = cls.mro.borrow()[1..].iter().find(|c| !is_enum_root(c) && !members(c).is_empty()) {
        return Err(PyErr::type_error(format!("<enum '{}'> cannot extend <enum '{}'>", cls.name, base.name)));
    }
    let str_enum = cls.mro.borrow().iter().any(|c| is_enum_root(c) && c.name.as_str() == "StrEnum");
    let flag = is_flag_class(cls);
    let auto = auto_class();
    let mut members: Vec<Value> = Vec::new();
    let mut names: Vec<Value> = Vec::new();
    let generate = namespace.iter().find(|(n, _)| *n == "_generate_next_value_").map(|(_, f)| f.clone()).or_else(|| {
        cls.mro.borrow()[1..]
            .iter()
            .filter(|c| !is_enum_root(c))
            .find_map(|c| c.dict.borrow().get_str("_generate_next_value_"))
    });
    let mut last_values: Vec<Value> = Vec::new();
    // The value each `auto()` object received, for the deferred expressions over them.
    let mut resolved: Vec<(Value, Value)> = Vec::new();
    for (name, raw) in namespace.iter().filter(|(n, v)| is_member_candidate(n, v)) {
        let is_auto = |v: &Value| matches!(v, Value::Instance(i) if Rc::ptr_eq(&i.class, &auto));
        let next = |last_values: &[Value]| -> PyResult<Value> {
            match &generate {
                Some(f) => {
                    let f = match f {
                        Value::Instance(d) if d.class.builtin == Some(BuiltinType::Descriptor) => {
                            d.dict.borrow().get_str("__func__").unwrap_or_else(|| f.clone())
                        }
                        _ => f.clone(),
                    };
                    let args = vec![Value::str(name), Value::int(1), Value::int(last_values.len() as i64), Value::list(last_values.to_vec())];
                    crate::value::func::call(&f, args, vec![])
                }
                None if str_enum => Ok(Value::str(&name.to_lowercase())),
                None if flag => flag_next_value(last_values),
                None => enum_next_value(last_values),
            }
        };
        let value = match raw {
            v if is_auto(v) && super::enum_auto::is_deferred(v) => {
                let value = super::enum_auto::evaluate(v, &auto, &resolved)?;
                last_values.push(value.clone());
                value
            }
            v if is_auto(v) => {
                let value = next(&last_values)?;
                resolved.push((v.clone(), value.clone()));
                last_values.push(value.clone());
                value
            }
            // `(auto(), 3.3e23)`: each `auto()` of a plain tuple gets the next value, as
            // CPython's enum namespace gives it (the tuple itself is not a last value then).
            Value::Tuple(items) if items.iter().any(|v| is_auto(v) && !super::enum_auto::is_deferred(v)) => {
                let mut values = Vec::with_capacity(items.len());
                for v in items.iter() {
                    if is_auto(v) && !super::enum_auto::is_deferred(v) {
                        let value = next(&last_values)?;
                        resolved.push((v.clone(), value.clone()));
                        last_values.push(value.clone());
                        values.push(value);
                    } else {
                        values.push(v.clone());
                    }
                }
                Value::tuple(values)
            }
            other => {
                last_values.push(other.clone());
                other.clone()
            }
        };
        let mut alias = None;
        for m in &members {
            if eq_bool(&value_of(m), &value)? {
                alias = Some(m.clone());
                break;
            }
        }
        let member = match alias {
            Some(m) => m,
            None => {
                let m = make_member(cls, name, value)?;
                members.push(m.clone());
                names.push(Value::str(name));
                m
            }
        };
        cls.dict.borrow_mut().set_str(name, member);
    }
    let pairs: Vec<(Value, Value)> = namespace
        .iter()
        .filter(|(n, v)| is_member_candidate(n, v))
        .filter_map(|(n, _)| cls.dict.borrow().get_str(n).map(|m| (Value::str(n), m)))
        .collect();
    let mut d = cls.dict.borrow_mut();
    d.set_str("_member_names_", Value::list(names));
    d.set_str("_members_", Value::list(members));
    drop(d);
    let map = Value::dict(pairs)?;
    cls.dict.borrow_mut().set_str("__members__", map);
    if flag {
        init_flag_class(cls)?;
    }
    Ok(())
}

fn is_type_error(e: &PyErr) -> bool {
    e.type_name == "TypeError"
}

/// `Enum._generate_next_value_` of CPython 3.12: 1 first; the last value plus one when it is
/// the largest; otherwise (CPython's deprecated fallback) the largest value that supports
/// `+ 1`, plus one, or 1.
fn enum_next_value(last_values: &[Value]) -> PyResult<Value> {
    let one = Value::int(1);
    let last = match last_values.last() {
        None => return Ok(one),
        Some(v) => v.clone(),
    };
    let mut sorted = last_values.to_vec();
    let fallback_order = match crate::value::compare::sort_values(&mut sorted, false) {
        Ok(()) => {
            let largest = sorted.last().cloned().unwrap_or(Value::None);
            if eq_bool(&last, &largest)? {
                match crate::value::ops::add(&last, &one) {
                    Ok(v) => return Ok(v),
                    Err(e) if is_type_error(&e) => {}
                    Err(e) => return Err(e),
                }
            }
            sorted
        }
        Err(e) if is_type_error(&e) => last_values.to_vec(),
        Err(e) => return Err(e),
    };
    for v in fallback_order.iter().rev() {
        match crate::value::ops::add(v, &one) {
            Ok(next) => return Ok(next),
            Err(e) if is_type_error(&e) => continue,
            Err(e) => return Err(e),
        }
    }
    Ok(one)
}

/// `Flag._generate_next_value_`: 1 first, then the power of two above the highest value.
fn flag_next_value(last_values: &[Value]) -> PyResult<Value> {
    let mut high: Option<Value> = None;
    for v in last_values {
        high = Some(match high {
            Some(h) if crate::value::compare::gt(&h, v).and_then(|b| crate::value::ops::truthy(&b))? => h,
            _ => v.clone(),
        });
    }
    let high = match high {
        None => return Ok(Value::int(1)),
        Some(h) => h,
    };
    let h = match &high {
        Value::Int(_) | Value::Bool(_) => super::args::to_i64(&high)?,
        other => return Err(PyErr::type_error(format!("invalid flag value {}", repr_of(other)?))),
    };
    let bits = 64 - h.unsigned_abs().leading_zeros();
    if bits >= 62 {
        return Err(PyErr::untranslatable("a Flag with more than 62 bits"));
    }
    Ok(Value::int(1i64 << bits))
}

/// A new member of `cls` for `value`. A member of an enum with a data type (`IntEnum`,
/// `StrEnum`, `IntFlag`, `class Status(str, Enum)`) is an instance of that type in CPython, so
/// it carries its value as its built-in base: `", ".join(members)`, `json.dumps`, `str` methods
/// and the other runtime functions that accept a subclass of `str` or `int` read it.
pub fn new_member(cls: &Rc<Class>, value: &Value) -> Value {
    let data = matches!(value, Value::Str(_) | Value::Int(_) | Value::Float(_))
        && cls.mro.borrow().iter().any(|c| {
            (is_enum_root(c) && matches!(c.name.as_str(), "IntEnum" | "StrEnum" | "IntFlag"))
                || c.dict.borrow().get_str("__enum_data_type__").is_some()
        });
    if !data {
        return new_instance(cls);
    }
    Value::Instance(Rc::new(crate::value::Instance {
        class: cls.clone(),
        dict: Rc::new(RefCell::new(DictObj::new())),
        base: Some(value.clone()),
    }))
}

fn make_member(cls: &Rc<Class>, name: &str, value: Value) -> PyResult<Value> {
    let member = new_member(cls, &value);
    if let Value::Instance(i) = &member {
        let mut d = i.dict.borrow_mut();
        d.set_str("_name_", Value::str(name));
        d.set_str("name", Value::str(name));
        d.set_str("_value_", value.clone());
        d.set_str("value", value.clone());
    }
    if let Some((owner, init)) = lookup_with_owner(cls, "__init__") {
        if owner.builtin.is_none() && !is_enum_root(&owner) {
            let mut args = vec![member.clone()];
            match &value {
                Value::Tuple(t) => args.extend(t.iter().cloned()),
                v => args.push(v.clone()),
            }
            crate::value::func::call(&init, args, vec![])?;
        }
    }
    Ok(member)
}

/// The members of enum class `cls`, in definition order.
pub fn members(cls: &Rc<Class>) -> Vec<Value> {
    match cls.dict.borrow().get_str("_members_") {
        Some(Value::List(l)) => l.borrow().clone(),
        _ => Vec::new(),
    }
}

/// `Color(1)`: the member with that value (`ValueError: 7 is not a valid Color`).
pub fn call_enum(cls: &Rc<Class>, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    if is_enum_root(cls) {
        return functional(cls, args, kwargs);
    }
    if args.len() != 1 || !kwargs.is_empty() {
        return Err(PyErr::type_error(format!("{}() takes exactly one argument", cls.name)));
    }
    let value = &args[0];
    if is_instance(value, cls) {
        return Ok(value.clone());
    }
    for m in members(cls) {
        if eq_bool(&value_of(&m), value)? {
            return Ok(m);
        }
    }
    if lookup(cls, "_missing_").is_some() {
        return user_missing(cls, value);
    }
    if is_flag_class(cls) {
        if let Some(m) = cached_pseudo(cls, value)? {
            return Ok(m);
        }
        return missing(cls, value);
    }
    Err(not_valid(cls, value)?)
}

/// `ValueError: 7 is not a valid Color`.
pub fn not_valid(cls: &Rc<Class>, value: &Value) -> PyResult<PyErr> {
    Ok(crate::value::exception::error_with_args(
        "ValueError",
        vec![Value::str(&format!("{} is not a valid {}", repr_of(value)?, cls.qualname))],
    ))
}

/// A class's own `_missing_(value)` (CPython's `Enum.__new__`): a member it returns is the
/// answer, `None` gives the usual `ValueError`, anything else a `TypeError`.
fn user_missing(cls: &Rc<Class>, value: &Value) -> PyResult<Value> {
    let hook = crate::value::attr::getattr(&Value::Class(cls.clone()), "_missing_")?;
    let result = crate::value::func::call(&hook, vec![value.clone()], vec![])?;
    if is_instance(&result, cls) {
        return Ok(result);
    }
    if let Value::None = result {
        return Err(not_valid(cls, value)?);
    }
    Err(PyErr::type_error(format!(
        "error in {}._missing_: returned {} instead of None or a valid member",
        cls.name,
        repr_of(&result)?
    )))
}

/// `Color['RED']` (`KeyError: 'X'` otherwise).
pub fn member_by_name(cls: &Rc<Class>, key: &Value) -> PyResult<Value> {
    if let Value::Str(name) = key {
        if let Some(m) = lookup(cls, name.as_str()) {
            if is_instance(&m, cls) {
                return Ok(m);
            }
        }
    }
    Err(crate::value::exception::error_with_args("KeyError", vec![key.clone()]))
}

/// `Enum('Animal', 'ANT BEE CAT')`, with the names as a string, a list of names, of
/// `(name, value)` pairs or a mapping; values of bare names count from `start` (1).
fn functional(base: &Rc<Class>, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let mut args = args.into_iter();
    let name = match args.next() {
        Some(Value::Str(s)) => s.to_string(),
        _ => return Err(PyErr::untranslatable("the functional Enum API without a class name")),
    };
    let mut names = args.next();
    let mut start = Value::int(1);
    for (k, v) in kwargs {
        match k.as_str() {
            "start" => start = v,
            "names" => names = Some(v),
            other => return Err(PyErr::untranslatable(&format!("the functional Enum API's `{}=`", other))),
        }
    }
    let names = names.ok_or_else(|| PyErr::type_error("Enum() missing 1 required positional argument: 'names'"))?;
    let mut pairs: Vec<(String, Value)> = Vec::new();
    // Bare names get `_generate_next_value_`'s values: counting from `start`, or for flags
    // `start` and then the powers of two above it.
    let flag = is_flag_class(base);
    let bare = |items: Vec<String>, start: &Value| -> PyResult<Vec<(String, Value)>> {
        let mut out: Vec<(String, Value)> = Vec::new();
        for (i, n) in items.into_iter().enumerate() {
            let value = if flag && i > 0 {
                let last: Vec<Value> = out.iter().map(|(_, v)| v.clone()).collect();
                flag_next_value(&last)?
            } else {
                crate::value::ops::add(start, &Value::int(i as i64))?
            };
            out.push((n, value));
        }
        Ok(out)
    };
    match &names {
        Value::Str(s) => {
            let items = s.as_str().replace(',', " ").split_whitespace().map(String::from).collect();
            pairs = bare(items, &start)?;
        }
        Value::Dict(d) => {
            for (k, v) in d.borrow().items() {
                pairs.push((str_of(&k)?.to_string(), v));
            }
        }
        _ => {
            let items = crate::value::iterate::collect(&names)?;
            if items.iter().all(|v| matches!(v, Value::Str(_))) {
                let plain = items.iter().map(|v| str_of(v).map(|s| s.to_string())).collect::<PyResult<Vec<_>>>()?;
                pairs = bare(plain, &start)?;
            } else {
                for item in items {
                    let kv = crate::value::iterate::unpack(&item, 2)?;
                    pairs.push((str_of(&kv[0])?.to_string(), kv[1].clone()));
                }
            }
        }
    }
    let cls = new_class(&name, &name, super::local::defining_module(), vec![base.clone()], None)?;
    cls.dict.borrow_mut().set_str("__module__", Value::str(super::local::defining_module()));
    let namespace: Vec<(&str, Value)> = pairs.iter().map(|(n, v)| (n.as_str(), v.clone())).collect();
    populate(&cls, &namespace)?;
    Ok(Value::Class(cls))
}
