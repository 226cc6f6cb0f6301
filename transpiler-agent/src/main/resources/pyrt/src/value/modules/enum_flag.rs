//! `enum.Flag` and `enum.IntFlag` as CPython 3.12 defines them: members combine with `|`,
//! `&`, `^` and `~` into pseudo-members named `R|W`, made on demand by `_missing_`'s rules
//! (boundary STRICT for `Flag`, KEEP for `IntFlag`), iterate over their single-bit members,
//! and print as `Perm.R|W` / `<Perm.R|W: 6>` / `Perm(0)`.

use super::args::to_i64;
use super::enum_::{add_value_behaviour, enum_class, members, parts, value_of};
use crate::exc::{PyErr, PyResult};
use crate::value::class::{cached_class, is_instance, new_class, type_of};
use crate::value::text::{format_value, repr_of};
use crate::value::{Class, Value};
use std::rc::Rc;

/// `enum.Flag`.
pub fn flag_class() -> Rc<Class> {
    cached_class("enum.Flag", || {
        let c = new_class("Flag", "Flag", "enum", vec![enum_class()], None).expect("single base");
        flag_methods(&c, "Flag");
        c
    })
}

/// `enum.IntFlag`: a `Flag` whose members are also ints (arithmetic gives ints, `str()` is
/// the number) and whose unknown bits are kept.
pub fn int_flag_class() -> Rc<Class> {
    cached_class("enum.IntFlag", || {
        let c = new_class("IntFlag", "IntFlag", "enum", vec![flag_class()], None).expect("single base");
        add_value_behaviour(&c, "IntFlag", true);
        flag_methods(&c, "IntFlag");
        let mut d = c.dict.borrow_mut();
        d.set_str("__str__", Value::runtime_method("IntFlag.__str__", |args, _| Ok(Value::Str(repr_of(&value_of(&args[0]))?))));
        d.set_str("__format__", Value::runtime_method("IntFlag.__format__", |args, _| {
            let spec = match args.get(1) {
                Some(Value::Str(s)) => s.to_string(),
                _ => String::new(),
            };
            Ok(Value::Str(format_value(&value_of(&args[0]), &spec)?))
        }));
        drop(d);
        c
    })
}

/// Whether `cls` is a `Flag` (or `IntFlag`) class.
pub fn is_flag_class(cls: &Rc<Class>) -> bool {
    let root = flag_class();
    cls.mro.borrow().iter().any(|c| Rc::ptr_eq(c, &root))
}

fn keeps_unknown_bits(cls: &Rc<Class>) -> bool {
    let root = int_flag_class();
    cls.mro.borrow().iter().any(|c| Rc::ptr_eq(c, &root))
}

type BitOp = fn(i64, i64) -> i64;

fn flag_methods(c: &Rc<Class>, owner: &'static str) {
    let mut d = c.dict.borrow_mut();
    let ops: [(&str, &str, BitOp); 3] = [("__or__", "|", |a, b| a | b), ("__and__", "&", |a, b| a & b), ("__xor__", "^", |a, b| a ^ b)];
    for (dunder, _, op) in ops {
        let method = Value::runtime_method(&format!("{}.{}", owner, dunder), move |args, _| {
            let this = &args[0];
            let cls = type_of(this);
            let other = match operand(&cls, &args[1])? {
                Some(v) => v,
                None => return Ok(Value::NotImplemented),
            };
            lookup_value(&cls, op(to_i64(&value_of(this))?, other))
        });
        d.set_str(dunder, method.clone());
        d.set_str(&format!("__r{}", &dunder[2..]), method);
    }
    d.set_str("__invert__", Value::runtime_method(&format!("{}.__invert__", owner), |args, _| {
        let cls = type_of(&args[0]);
        let v = to_i64(&value_of(&args[0]))?;
        if keeps_unknown_bits(&cls) {
            lookup_value(&cls, !v)
        } else {
            lookup_value(&cls, mask(&cls, "_singles_mask_") & !v)
        }
    }));
    d.set_str("__contains__", Value::runtime_method(&format!("{}.__contains__", owner), |args, _| {
        let cls = type_of(&args[0]);
        if !is_instance(&args[1], &cls) {
            return Err(PyErr::type_error(format!(
                "unsupported operand type(s) for 'in': '{}' and '{}'",
                type_of(&args[1]).qualname,
                cls.qualname
            )));
        }
        let (mine, other) = (to_i64(&value_of(&args[0]))?, to_i64(&value_of(&args[1]))?);
        Ok(Value::Bool(other & mine == other))
    }));
    d.set_str("__iter__", Value::runtime_method(&format!("{}.__iter__", owner), |args, _| {
        let cls = type_of(&args[0]);
        let items: Vec<PyResult<Value>> = bit_members(&cls, to_i64(&value_of(&args[0]))?).into_iter().map(Ok).collect();
        Ok(crate::value::iterate::iter_from("generator", Box::new(items.into_iter())))
    }));
    d.set_str("__len__", Value::runtime_method(&format!("{}.__len__", owner), |args, _| {
        Ok(Value::int(to_i64(&value_of(&args[0]))?.count_ones() as i64))
    }));
    d.set_str("__bool__", Value::runtime_method(&format!("{}.__bool__", owner), |args, _| {
        Ok(Value::Bool(to_i64(&value_of(&args[0]))? != 0))
    }));
    d.set_str("__repr__", Value::runtime_method(&format!("{}.__repr__", owner), |args, _| {
        let (cls, name, value) = parts(&args[0]);
        let value = repr_of(&value)?;
        Ok(Value::str(&match name {
            Some(n) => format!("<{}.{}: {}>", cls, n, value),
            None => format!("<{}: {}>", cls, value),
        }))
    }));
    if owner == "Flag" {
        d.set_str("__str__", Value::runtime_method("Flag.__str__", |args, _| {
            let (cls, name, value) = parts(&args[0]);
            Ok(Value::str(&match name {
                Some(n) => format!("{}.{}", cls, n),
                None => format!("{}({})", cls, repr_of(&value)?),
            }))
        }));
    }
}

/// The int value of the other operand of `|`, `&`, `^`: a member of the same class, or
/// (for `IntFlag`) an int; `None` means `NotImplemented`.
fn operand(cls: &Rc<Class>, other: &Value) -> PyResult<Option<i64>> {
    if is_instance(other, cls) {
        return Ok(Some(to_i64(&value_of(other))?));
    }
    if keeps_unknown_bits(cls) && matches!(other, Value::Int(_) | Value::Bool(_)) {
        return Ok(Some(to_i64(other)?));
    }
    Ok(None)
}

fn mask(cls: &Rc<Class>, name: &str) -> i64 {
    match cls.dict.borrow().get_str(name) {
        Some(v) => to_i64(&v).unwrap_or(0),
        None => 0,
    }
}

fn lookup_value(cls: &Rc<Class>, v: i64) -> PyResult<Value> {
    super::enum_::call_enum(cls, vec![Value::int(v)], vec![])
}

/// After the members of flag class `cls` are made: the masks `_missing_` uses and the
/// members iteration shows (single bits only, by value unless defined out of order).
pub fn init_flag_class(cls: &Rc<Class>) -> PyResult<()> {
    let all = members(cls);
    let (mut flag_mask, mut singles) = (0i64, 0i64);
    let mut single_members = Vec::new();
    for m in &all {
        let v = match value_of(m) {
            v @ (Value::Int(_) | Value::Bool(_)) => to_i64(&v)?,
            _ => continue,
        };
        flag_mask |= v;
        if v > 0 && v & (v - 1) == 0 {
            singles |= v;
            single_members.push((v, m.clone()));
        }
    }
    let values: Vec<i64> = single_members.iter().map(|(v, _)| *v).collect();
    let mut sorted = values.clone();
    sorted.sort();
    let by_definition = values != sorted;
    let all_bits = if flag_mask <= 0 { 0 } else { (1i64 << (64 - flag_mask.leading_zeros())) - 1 };
    let mut d = cls.dict.borrow_mut();
    d.set_str("_flag_mask_", Value::int(flag_mask));
    d.set_str("_singles_mask_", Value::int(singles));
    d.set_str("_all_bits_", Value::int(all_bits));
    d.set_str("_iter_by_definition_", Value::Bool(by_definition));
    d.set_str("_flag_members_", Value::list(single_members.into_iter().map(|(_, m)| m).collect()));
    Ok(())
}

/// The members a flag class iterates over (its single-bit members, in definition order).
pub fn iteration_members(cls: &Rc<Class>) -> Option<Vec<Value>> {
    match cls.dict.borrow().get_str("_flag_members_") {
        Some(Value::List(l)) => Some(l.borrow().clone()),
        _ => None,
    }
}

/// The single-bit members whose bits are set in `value` (`_iter_member_`).
fn bit_members(cls: &Rc<Class>, value: i64) -> Vec<Value> {
    let singles = iteration_members(cls).unwrap_or_default();
    let mut found: Vec<(i64, Value)> = Vec::new();
    for m in singles {
        let v = to_i64(&value_of(&m)).unwrap_or(0);
        if v & value == v {
            found.push((v, m));
        }
    }
    let by_definition = matches!(cls.dict.borrow().get_str("_iter_by_definition_"), Some(Value::Bool(true)));
    if !by_definition {
        found.sort_by_key(|(v, _)| *v);
    }
    found.into_iter().map(|(_, m)| m).collect()
}

/// `Flag._missing_`: the pseudo-member for an int `value` no member has, cached when all
/// its bits are known.
pub fn missing(cls: &Rc<Class>, value: &Value) -> PyResult<Value> {
    let mut v = match value {
        Value::Int(_) | Value::Bool(_) => to_i64(value)?,
        _ => return Err(super::enum_::not_valid(cls, value)?),
    };
    let flag_mask = mask(cls, "_flag_mask_");
    let singles = mask(cls, "_singles_mask_");
    let all_bits = mask(cls, "_all_bits_");
    let keep = keeps_unknown_bits(cls);
    if !(!all_bits <= v && v <= all_bits) || v & (all_bits ^ flag_mask) != 0 {
        if !keep {
            let max_bits = bit_length(v).max(bit_length(flag_mask));
            return Err(crate::value::exception::error_with_args(
                "ValueError",
                vec![Value::str(&format!(
                    "<flag '{}'> invalid value {}\n    given {}\n  allowed {}",
                    cls.name,
                    v,
                    enum_bin(v, max_bits),
                    enum_bin(flag_mask, max_bits)
                ))],
            ));
        }
        if v < 0 {
            v += (all_bits + 1).max(1i64 << bit_length(v).min(62));
        }
    }
    let neg_value = if v < 0 { Some(v) } else { None };
    if v < 0 {
        v += all_bits + 1;
    }
    let unknown = v & !flag_mask;
    let aliases = v & !singles;
    let member_value = v & singles;
    let pseudo = super::enum_::new_member(cls, &Value::int(v));
    let name = if member_value != 0 || aliases != 0 {
        let mut named = bit_members(cls, member_value);
        let mut combined = named.iter().map(|m| to_i64(&value_of(m)).unwrap_or(0)).fold(0, |a, b| a | b);
        let mut value_seen = v;
        if aliases != 0 {
            value_seen = member_value | aliases;
            for m in members(cls) {
                let pv = to_i64(&value_of(&m)).unwrap_or(0);
                let listed = named.iter().any(|n| match (n, &m) {
                    (Value::Instance(a), Value::Instance(b)) => Rc::ptr_eq(a, b),
                    _ => false,
                });
                if !listed && pv != 0 && pv & value_seen == pv {
                    named.push(m);
                    combined |= pv;
                }
            }
        }
        let rest = value_seen ^ combined;
        let names: Vec<String> = named.iter().map(|m| parts(m).1.unwrap_or_default()).collect();
        if combined == 0 {
            None
        } else if rest != 0 {
            let hex = matches!(cls.dict.borrow().get_str("_numeric_repr_"), Some(Value::Str(h)) if h.as_str() == "hex");
            Some(format!("{}|{}", names.join("|"), if hex { format!("{:#x}", rest) } else { rest.to_string() }))
        } else {
            Some(names.join("|"))
        }
    } else {
        None
    };
    if let Value::Instance(i) = &pseudo {
        let mut d = i.dict.borrow_mut();
        let name = name.map(|n| Value::str(&n)).unwrap_or(Value::None);
        d.set_str("_name_", name.clone());
        d.set_str("name", name);
        d.set_str("_value_", Value::int(v));
        d.set_str("value", Value::int(v));
    }
    if unknown == 0 {
        let cache = cls.dict.borrow().get_str("_pseudo_members_");
        let cache = match cache {
            Some(c @ Value::Dict(_)) => c,
            _ => {
                let c = Value::dict(vec![])?;
                cls.dict.borrow_mut().set_str("_pseudo_members_", c.clone());
                c
            }
        };
        if let Value::Dict(d) = &cache {
            d.borrow_mut().insert(Value::int(v), pseudo.clone())?;
            if let Some(n) = neg_value {
                d.borrow_mut().insert(Value::int(n), pseudo.clone())?;
            }
        }
    }
    Ok(pseudo)
}

/// A pseudo-member made before for `value`.
pub fn cached_pseudo(cls: &Rc<Class>, value: &Value) -> PyResult<Option<Value>> {
    match cls.dict.borrow().get_str("_pseudo_members_") {
        Some(Value::Dict(d)) if matches!(value, Value::Int(_) | Value::Bool(_)) => d.borrow().get(value),
        _ => Ok(None),
    }
}

fn bit_length(v: i64) -> u32 {
    64 - v.unsigned_abs().leading_zeros()
}

/// `enum.bin(num, max_bits)`: `0b0 1000` (sign digit, then the bits padded to `max_bits`).
fn enum_bin(num: i64, max_bits: u32) -> String {
    let ceiling = 1i128 << bit_length(num);
    let text = if num >= 0 {
        format!("0b{:b}", num as i128 + ceiling).replacen('1', "0", 1)
    } else {
        format!("0b{:b}", (!(num as i128)) ^ ((ceiling - 1) + ceiling))
    };
    let (sign, digits) = text.split_at(3);
    let mut digits = digits.to_string();
    if (digits.len() as u32) < max_bits {
        let pad: String = std::iter::repeat(sign.chars().last().unwrap_or('0')).take(max_bits as usize).collect();
        let joined = pad + &digits;
        digits = joined[joined.len() - max_bits as usize..].to_string();
    }
    format!("{} {}", sign, digits)
}
