//! `json.JSONEncoder` and `json.JSONDecoder` as classes, so that programs can subclass them
//! (override `default`, pass `object_hook` from `__init__`) and hand them to `dumps`/`loads`
//! as `cls=`. Their methods read the options from the instance's attributes, as CPython's
//! do; an overridden `iterencode` or `raw_decode` is called where CPython calls it.
//! `iterencode` itself builds all its chunks before it returns their iterator.

use super::args::to_i64;
use super::json::decode_error;
use super::json_decode::{DecodeOptions, Fail, Scanner};
use super::json_encode::{encode_string, EncodeOptions, Encoder};
use super::objs::{method, method_kw, runtime_class};
use crate::exc::{PyErr, PyResult};
use crate::str::Str;
use crate::value::attr::{getattr, setattr};
use crate::value::class::{lookup_with_owner, type_of};
use crate::value::func::{bind, call, call_method};
use crate::value::iterate::{iter_from, unpack};
use crate::value::ops::truthy;
use crate::value::{BuiltinType, Class, Params, Value};
use std::rc::Rc;

const ENCODER_INIT: [&str; 8] =
    ["skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys", "indent", "separators", "default"];
const DECODER_INIT: [&str; 6] =
    ["object_hook", "parse_float", "parse_int", "parse_constant", "strict", "object_pairs_hook"];

/// `json.JSONEncoder`.
pub fn encoder_class() -> Rc<Class> {
    runtime_class("json.encoder", "JSONEncoder", vec![], || {
        vec![
            method_kw("__init__", encoder_init),
            method("default", |_, args, _| {
                let o = args.first().cloned().unwrap_or(Value::None);
                Err(PyErr::type_error(format!("Object of type {} is not JSON serializable", o.type_name())))
            }),
            method_kw("encode", |this, args, kwargs| {
                let slots = bind("JSONEncoder.encode", &Params::new(&["o"]), &[], &[], args, kwargs)?;
                encode(this, &slots[0])
            }),
            method_kw("iterencode", |this, args, kwargs| {
                let params = Params::new(&["o", "_one_shot"]);
                let slots = bind("JSONEncoder.iterencode", &params, &[Value::FALSE], &[], args, kwargs)?;
                let chunks = chunks_of(this, &slots[0], truthy(&slots[1])?)?;
                let items: Vec<PyResult<Value>> = chunks.into_iter().map(|c| Ok(Value::Str(Str::from(c)))).collect();
                Ok(iter_from("generator", Box::new(items.into_iter())))
            }),
            ("item_separator", Value::str(", ")),
            ("key_separator", Value::str(": ")),
        ]
    })
}

fn encoder_init(this: &Value, args: Vec<Value>, kwargs: crate::value::Kwargs) -> PyResult<Value> {
    let params = Params::new(&["self"]).kwonly(&ENCODER_INIT);
    let (f, t, n) = (Value::FALSE, Value::TRUE, Value::None);
    let defaults = [f.clone(), t.clone(), t.clone(), t, f, n.clone(), n.clone(), n];
    let kwdefaults: Vec<(&'static str, Value)> = ENCODER_INIT.iter().copied().zip(defaults.iter().cloned()).collect();
    let mut full = vec![this.clone()];
    full.extend(args);
    let slots = bind("JSONEncoder.__init__", &params, &[], &kwdefaults, full, kwargs)?;
    for (name, v) in ENCODER_INIT[..6].iter().zip(slots[1..7].iter()) {
        setattr(this, name, v.clone())?;
    }
    match (&slots[7], &slots[6]) {
        (Value::None, Value::None) => {}
        (Value::None, _) => setattr(this, "item_separator", Value::str(","))?,
        (seps, _) => {
            let two = unpack(seps, 2)?;
            setattr(this, "item_separator", two[0].clone())?;
            setattr(this, "key_separator", two[1].clone())?;
        }
    }
    if !matches!(slots[8], Value::None) {
        setattr(this, "default", slots[8].clone())?;
    }
    Ok(Value::None)
}

/// Whether `name` on `this` is still the method of the runtime class `base`.
fn inherited(this: &Value, name: &str, base: &Rc<Class>) -> bool {
    matches!(lookup_with_owner(&type_of(this), name), Some((owner, _)) if Rc::ptr_eq(&owner, base))
}

fn text_attr(this: &Value, name: &str, arg: usize, c_encoder: bool) -> PyResult<String> {
    match getattr(this, name)? {
        Value::Str(s) => Ok(s.to_string()),
        other if c_encoder => Err(PyErr::type_error(format!(
            "make_encoder() argument {} must be str, not {}",
            arg,
            other.type_name()
        ))),
        _ => Err(PyErr::untranslatable("json separators that are not str")),
    }
}

/// The options `iterencode` builds its encoder from, read from the instance.
pub fn options_of(this: &Value, one_shot: bool) -> PyResult<EncodeOptions> {
    let check_circular = truthy(&getattr(this, "check_circular")?)?;
    let ensure_ascii = truthy(&getattr(this, "ensure_ascii")?)?;
    let allow_nan = truthy(&getattr(this, "allow_nan")?)?;
    let default = getattr(this, "default")?;
    let indent = indent_text(&getattr(this, "indent")?)?;
    let c_encoder = one_shot && indent.is_none();
    Ok(EncodeOptions {
        key_separator: text_attr(this, "key_separator", 5, c_encoder)?,
        item_separator: text_attr(this, "item_separator", 6, c_encoder)?,
        sort_keys: truthy(&getattr(this, "sort_keys")?)?,
        skipkeys: truthy(&getattr(this, "skipkeys")?)?,
        check_circular,
        ensure_ascii,
        allow_nan,
        indent,
        default: Some(default),
        c_encoder,
    })
}

/// `' ' * indent` for an int, the string itself, or CPython's TypeError.
pub fn indent_text(v: &Value) -> PyResult<Option<String>> {
    Ok(match v {
        Value::None => None,
        Value::Str(s) => Some(s.to_string()),
        Value::Int(_) | Value::Bool(_) => Some(" ".repeat(to_i64(v)?.max(0) as usize)),
        other => {
            return Err(PyErr::type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                other.type_name()
            )))
        }
    })
}

fn chunks_of(this: &Value, o: &Value, one_shot: bool) -> PyResult<Vec<String>> {
    let opts = options_of(this, one_shot)?;
    let mut chunks = Vec::new();
    {
        let mut sink = |c: String| -> PyResult<()> {
            chunks.push(c);
            Ok(())
        };
        Encoder::new(&opts, &mut sink).encode(o, 0)?;
    }
    Ok(chunks)
}

/// `JSONEncoder.encode(o)`.
pub fn encode(this: &Value, o: &Value) -> PyResult<Value> {
    let _frame = crate::rt::enter()?;
    if let Value::Str(s) = o {
        let mut out = String::new();
        encode_string(s.as_str(), truthy(&getattr(this, "ensure_ascii")?)?, &mut out);
        return Ok(Value::Str(Str::from(out)));
    }
    if inherited(this, "iterencode", &encoder_class()) {
        return Ok(Value::Str(Str::from(chunks_of(this, o, true)?.concat())));
    }
    let chunks = call_method(this, "iterencode", vec![o.clone()], vec![crate::value::func::kw("_one_shot", Value::TRUE)])?;
    call_method(&Value::str(""), "join", vec![chunks], vec![])
}

/// `json.dump` with an encoder object: its chunks go to `fp.write` one by one.
pub fn dump_with(this: &Value, o: &Value, fp: &Value) -> PyResult<()> {
    if inherited(this, "iterencode", &encoder_class()) {
        let opts = options_of(this, false)?;
        let mut sink = |chunk: String| -> PyResult<()> {
            call_method(fp, "write", vec![Value::Str(Str::from(chunk))], vec![]).map(|_| ())
        };
        return Encoder::new(&opts, &mut sink).suspending().encode(o, 0);
    }
    let chunks = call_method(this, "iterencode", vec![o.clone()], vec![])?;
    for chunk in crate::value::iterate::iterate(&chunks)? {
        call_method(fp, "write", vec![chunk?], vec![])?;
    }
    Ok(())
}

/// `json.JSONDecoder`.
pub fn decoder_class() -> Rc<Class> {
    runtime_class("json.decoder", "JSONDecoder", vec![], || {
        vec![
            method_kw("__init__", decoder_init),
            method_kw("decode", |this, args, kwargs| {
                let slots = bind("JSONDecoder.decode", &Params::new(&["s"]), &[], &[], args, kwargs)?;
                decode(this, &slots[0])
            }),
            method_kw("raw_decode", |this, args, kwargs| {
                let params = Params::new(&["s", "idx"]);
                let slots = bind("JSONDecoder.raw_decode", &params, &[Value::int(0)], &[], args, kwargs)?;
                let (v, end) = raw_decode(this, &slots[0], to_i64(&slots[1])?)?;
                Ok(Value::tuple(vec![v, Value::int(end as i64)]))
            }),
        ]
    })
}

fn decoder_init(this: &Value, args: Vec<Value>, kwargs: crate::value::Kwargs) -> PyResult<Value> {
    let params = Params::new(&["self"]).kwonly(&DECODER_INIT);
    let n = Value::None;
    let defaults = [n.clone(), n.clone(), n.clone(), n.clone(), Value::TRUE, n];
    let kwdefaults: Vec<(&'static str, Value)> = DECODER_INIT.iter().copied().zip(defaults.iter().cloned()).collect();
    let mut full = vec![this.clone()];
    full.extend(args);
    let slots = bind("JSONDecoder.__init__", &params, &[], &kwdefaults, full, kwargs)?;
    let or = |v: &Value, default: PyResult<Value>| -> PyResult<Value> {
        if truthy(v)? {
            Ok(v.clone())
        } else {
            default
        }
    };
    setattr(this, "object_hook", slots[1].clone())?;
    setattr(this, "parse_float", or(&slots[2], crate::value::builtins::value("float"))?)?;
    setattr(this, "parse_int", or(&slots[3], crate::value::builtins::value("int"))?)?;
    setattr(this, "parse_constant", or(&slots[4], Ok(constants()))?)?;
    setattr(this, "strict", slots[5].clone())?;
    setattr(this, "object_pairs_hook", slots[6].clone())?;
    Ok(Value::None)
}

/// `_CONSTANTS.__getitem__`: JSON's `NaN`, `Infinity`, `-Infinity` as floats.
fn constants() -> Value {
    Value::builtin("__getitem__", |args, _| match args.first() {
        Some(Value::Str(s)) if s.as_str() == "NaN" => Ok(Value::Float(f64::NAN)),
        Some(Value::Str(s)) if s.as_str() == "Infinity" => Ok(Value::Float(f64::INFINITY)),
        Some(Value::Str(s)) if s.as_str() == "-Infinity" => Ok(Value::Float(f64::NEG_INFINITY)),
        Some(other) => Err(PyErr::new("KeyError", crate::value::text::repr_of(other)?.to_string())),
        None => Err(PyErr::type_error("expected 1 argument, got 0")),
    })
}

fn hook(this: &Value, name: &str) -> PyResult<Option<Value>> {
    Ok(match getattr(this, name)? {
        Value::None => None,
        v => Some(v),
    })
}

/// A hook unless it is the default (`float`, `int`, the constants' lookup).
fn custom(this: &Value, name: &str, t: Option<BuiltinType>) -> PyResult<Option<Value>> {
    let v = getattr(this, name)?;
    let default = match (&v, t) {
        (Value::Class(c), Some(t)) => c.builtin == Some(t),
        (Value::Builtin(b), None) => b.name.as_str() == "__getitem__",
        _ => false,
    };
    Ok(if default { None } else { Some(v) })
}

fn decode_options(this: &Value) -> PyResult<DecodeOptions> {
    Ok(DecodeOptions {
        strict: truthy(&getattr(this, "strict")?)?,
        object_hook: hook(this, "object_hook")?,
        object_pairs_hook: hook(this, "object_pairs_hook")?,
        parse_float: custom(this, "parse_float", Some(BuiltinType::Float))?,
        parse_int: custom(this, "parse_int", Some(BuiltinType::Int))?,
        parse_constant: custom(this, "parse_constant", None)?,
    })
}

fn doc_str(s: &Value) -> PyResult<Str> {
    match s {
        Value::Str(s) => Ok(s.clone()),
        other => Err(PyErr::type_error(format!("first argument must be a string, not {}", other.type_name()))),
    }
}

/// `JSONDecoder.raw_decode(s, idx)`: a value starting exactly at `idx`, and where it ends.
pub fn raw_decode(this: &Value, s: &Value, idx: i64) -> PyResult<(Value, usize)> {
    let _frame = crate::rt::enter()?;
    let doc = doc_str(s)?;
    if idx < 0 {
        return Err(PyErr::value_error("idx cannot be negative"));
    }
    let opts = decode_options(this)?;
    let chars: Vec<char> = doc.as_str().chars().collect();
    match Scanner::new(&chars, &opts).scan_at(idx as usize) {
        Ok(found) => Ok(found),
        Err(Fail::At(msg, pos)) => Err(decode_error(msg, &doc, pos)),
        Err(Fail::Stop(pos)) => Err(decode_error("Expecting value", &doc, pos)),
        Err(Fail::Err(e)) => Err(e),
    }
}

/// `JSONDecoder.decode(s)`: whitespace, `self.raw_decode(s, idx)`, whitespace, the end.
pub fn decode(this: &Value, s: &Value) -> PyResult<Value> {
    let _frame = crate::rt::enter()?;
    let doc = doc_str(s)?;
    let chars: Vec<char> = doc.as_str().chars().collect();
    let skip = |mut i: usize| {
        while i < chars.len() && matches!(chars[i], ' ' | '\t' | '\n' | '\r') {
            i += 1;
        }
        i
    };
    let start = skip(0);
    let (v, end) = if inherited(this, "raw_decode", &decoder_class()) {
        raw_decode(this, s, start as i64)?
    } else {
        let pair = call_method(this, "raw_decode", vec![s.clone()], vec![crate::value::func::kw("idx", Value::int(start as i64))])?;
        let two = unpack(&pair, 2)?;
        (two[0].clone(), to_i64(&two[1])?.max(0) as usize)
    };
    let end = skip(end);
    if end != chars.len() {
        return Err(decode_error("Extra data", &doc, end));
    }
    Ok(v)
}

/// `cls(**kwargs)` for `dumps`/`loads` given `cls=`.
pub fn instantiate(cls: &Value, kwargs: crate::value::Kwargs) -> PyResult<Value> {
    call(cls, vec![], kwargs)
}
