//! `ctypes`: its fixed-width scalar types (`c_int8` … `c_uint64`, `c_bool`, `c_float`,
//! `c_double`), under the names CPython 3.12 gives them on x86-64 Linux (`c_int32` is
//! `c_int`, `c_int64` and `c_longlong` are `c_long`, ...), which programs use as integer types
//! of a given width: the constructor and the `value` property wrap an integer modulo 2**bits
//! as C does, `c_float` rounds to single precision. Foreign functions, pointers, arrays and
//! structures are not provided: a program reaching for them stops with `AttributeError`.

use super::args::{module, to_f64, to_int};
use super::objs::{method, method_kw, runtime_class, set_state, state};
use crate::exc::{PyErr, PyResult};
use crate::int::Int;
use crate::value::class::make_property;
use crate::value::text::repr_of;
use crate::value::{Class, Module, Value};
use std::rc::Rc;

/// What a scalar type holds.
#[derive(Clone, Copy)]
enum Kind {
    Int { bits: i64, signed: bool },
    Bool,
    Single,
    Double,
}

/// `v` as the C type stores it: the integer wrapped to the type's width, the float rounded.
fn convert(kind: Kind, v: &Value) -> PyResult<Value> {
    Ok(match kind {
        Kind::Int { bits, signed } => {
            let modulus = Int::from(1i64).shl(&Int::from(bits))?;
            let mut n = to_int(v)?.modulo(&modulus)?;
            if signed && n.bit_length() as i64 == bits {
                n = n.sub(&modulus);
            }
            Value::Int(n)
        }
        Kind::Bool => Value::Bool(crate::value::ops::truthy(v)?),
        Kind::Single => Value::Float(to_f64(v)? as f32 as f64),
        Kind::Double => Value::Float(to_f64(v)?),
    })
}

fn default(kind: Kind) -> Value {
    match kind {
        Kind::Int { .. } => Value::int(0),
        Kind::Bool => Value::Bool(false),
        Kind::Single | Kind::Double => Value::Float(0.0),
    }
}

fn class_name(this: &Value) -> String {
    match this {
        Value::Instance(i) => i.class.name.to_string(),
        other => other.type_name().to_string(),
    }
}

/// The class `name` holding a `kind` value in its `value` property.
fn scalar_class(name: &'static str, kind: Kind) -> Rc<Class> {
    runtime_class("ctypes", name, vec![], move || {
        let (_, getter) = method("value", |this, _, _| state(this, "_value"));
        let (_, setter) = method("value", move |this, args, _| {
            let v = args.into_iter().next().unwrap_or(Value::None);
            set_state(this, "_value", convert(kind, &v)?);
            Ok(Value::None)
        });
        vec![
            method_kw("__init__", move |this, mut args, mut kwargs| {
                if let Some(pos) = kwargs.iter().position(|(k, _)| k.as_str() == "value") {
                    args.push(kwargs.remove(pos).1);
                }
                if let Some((k, _)) = kwargs.first() {
                    return Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for this function", k)));
                }
                if args.len() > 1 {
                    return Err(PyErr::type_error(format!("__init__ expected at most 1 argument, got {}", args.len())));
                }
                let value = match args.first() {
                    Some(v) => convert(kind, v)?,
                    None => default(kind),
                };
                set_state(this, "_value", value);
                Ok(Value::None)
            }),
            method("__repr__", |this, _, _| {
                Ok(Value::str(&format!("{}({})", class_name(this), repr_of(&state(this, "_value")?)?)))
            }),
            ("value", make_property(getter, setter)),
        ]
    })
}

pub fn build() -> Module {
    let int = |name, bits, signed| Value::Class(scalar_class(name, Kind::Int { bits, signed }));
    let (byte, ubyte) = (int("c_byte", 8, true), int("c_ubyte", 8, false));
    let (short, ushort) = (int("c_short", 16, true), int("c_ushort", 16, false));
    let (int32, uint32) = (int("c_int", 32, true), int("c_uint", 32, false));
    let (long, ulong) = (int("c_long", 64, true), int("c_ulong", 64, false));
    module(
        "ctypes",
        vec![
            ("c_byte", byte.clone()),
            ("c_int8", byte),
            ("c_ubyte", ubyte.clone()),
            ("c_uint8", ubyte),
            ("c_short", short.clone()),
            ("c_int16", short),
            ("c_ushort", ushort.clone()),
            ("c_uint16", ushort),
            ("c_int", int32.clone()),
            ("c_int32", int32),
            ("c_uint", uint32.clone()),
            ("c_uint32", uint32),
            ("c_long", long.clone()),
            ("c_int64", long.clone()),
            ("c_longlong", long.clone()),
            ("c_ssize_t", long),
            ("c_ulong", ulong.clone()),
            ("c_uint64", ulong.clone()),
            ("c_ulonglong", ulong.clone()),
            ("c_size_t", ulong),
            ("c_bool", Value::Class(scalar_class("c_bool", Kind::Bool))),
            ("c_float", Value::Class(scalar_class("c_float", Kind::Single))),
            ("c_double", Value::Class(scalar_class("c_double", Kind::Double))),
        ],
    )
}
