//! The `json` module: `dumps`, `dump`, `loads`, `load` and `JSONDecodeError`, with CPython
//! 3.12's output, chunks, errors and messages (the encoder in json_encode.rs, the scanner
//! in json_decode.rs, the `JSONEncoder`/`JSONDecoder` classes that `cls=` takes in
//! json_classes.rs).

use super::args::{func_kw, module, to_i64};
use super::json_classes::{decoder_class, dump_with, encoder_class, indent_text, instantiate};
use super::json_decode::{DecodeOptions, Fail, Scanner};
use super::json_encode::{EncodeOptions, Encoder};
use crate::exc::{PyErr, PyResult};
use crate::str::Str;
use crate::value::class::{cached_class, new_class};
use crate::value::exception::{error_of, exception_class, exception_instance};
use crate::value::func::{bind, call_method};
use crate::value::ops::truthy;
use crate::value::{BuiltinType, Class, Kwargs, Module, Params, Value};
use std::rc::Rc;

const ENCODER_OPTIONS: [&str; 9] = [
    "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls", "indent", "separators", "default", "sort_keys",
];
const DECODER_OPTIONS: [&str; 6] = ["cls", "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook"];

/// `json.decoder.JSONDecodeError(msg, doc, pos)`, a `ValueError` whose `str` adds the line
/// and column (its traceback name is `json.decoder.JSONDecodeError`).
pub fn decode_error_class() -> Rc<Class> {
    cached_class("json.decoder.JSONDecodeError", || {
        let base = exception_class("ValueError").expect("ValueError is built in");
        let cls = new_class("JSONDecodeError", "JSONDecodeError", "json.decoder", vec![base], None)
            .expect("single inheritance");
        let init = Value::runtime_method("JSONDecodeError.__init__", |args, kwargs| {
            let params = Params::new(&["self", "msg", "doc", "pos"]);
            let slots = bind("JSONDecodeError.__init__", &params, &[], &[], args, kwargs)?;
            let pos = to_i64(&slots[3])?;
            let doc = match &slots[2] {
                Value::Str(s) => s.clone(),
                other => {
                    return Err(PyErr::untranslatable(&format!(
                        "JSONDecodeError with a doc of type '{}'",
                        other.type_name()
                    )))
                }
            };
            fill_decode_error(&slots[0], slots[1].clone(), doc, pos);
            Ok(Value::None)
        });
        cls.dict.borrow_mut().set_str("__module__", Value::str("json.decoder"));
        cls.dict.borrow_mut().set_str("__init__", init);
        cls
    })
}

/// Sets `args` and the attributes `JSONDecodeError.__init__` sets.
fn fill_decode_error(exc: &Value, msg: Value, doc: Str, pos: i64) {
    let chars: Vec<char> = doc.as_str().chars().collect();
    let n = chars.len() as i64;
    // `doc.count('\n', 0, pos)` and `doc.rfind('\n', 0, pos)` clip `pos` as slices do.
    let end = if pos < 0 { (n + pos).max(0) } else { pos.min(n) } as usize;
    let lineno = chars[..end].iter().filter(|c| **c == '\n').count() as i64 + 1;
    let last = chars[..end].iter().rposition(|c| *c == '\n').map_or(-1, |p| p as i64);
    let colno = pos - last;
    let msg_text = crate::value::text::str_of(&msg).map(|s| s.to_string()).unwrap_or_default();
    let text = format!("{}: line {} column {} (char {})", msg_text, lineno, colno, pos);
    if let Value::Instance(i) = exc {
        let mut d = i.dict.borrow_mut();
        d.set_str("args", Value::tuple(vec![Value::str(&text)]));
        d.set_str("msg", msg);
        d.set_str("doc", Value::Str(doc));
        d.set_str("pos", Value::int(pos));
        d.set_str("lineno", Value::int(lineno));
        d.set_str("colno", Value::int(colno));
    }
}

/// The `JSONDecodeError` for `msg` at code point `pos` of `doc`.
pub fn decode_error(msg: &str, doc: &Str, pos: usize) -> PyErr {
    let exc = exception_instance(&decode_error_class(), vec![]);
    fill_decode_error(&exc, Value::str(msg), doc.clone(), pos as i64);
    error_of(exc)
}

fn kwdefaults(names: &[&'static str], defaults: &[Value]) -> Vec<(&'static str, Value)> {
    names.iter().copied().zip(defaults.iter().cloned()).collect()
}

fn some(v: &Value) -> Option<Value> {
    match v {
        Value::None => None,
        other => Some(other.clone()),
    }
}

fn is_builtin(v: &Value, t: BuiltinType) -> bool {
    matches!(v, Value::Class(c) if c.builtin == Some(t))
}

fn unexpected(class: &str, kw: &Value) -> PyResult<()> {
    if let Value::Dict(d) = kw {
        if let Some(k) = d.borrow().keys().first() {
            return Err(PyErr::type_error(format!(
                "{}.__init__() got an unexpected keyword argument '{}'",
                class,
                crate::value::text::str_of(k)?
            )));
        }
    }
    Ok(())
}

fn separator(v: Value, arg: usize, c_encoder: bool) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.to_string()),
        other if c_encoder => Err(PyErr::type_error(format!(
            "make_encoder() argument {} must be str, not {}",
            arg,
            other.type_name()
        ))),
        _ => Err(PyErr::untranslatable("json separators that are not str")),
    }
}

/// The encoder options from the keyword slots (in `ENCODER_OPTIONS` order) and `**kw`.
fn encode_options(o: &[Value], kw: &Value, c_path: bool) -> PyResult<EncodeOptions> {
    unexpected("JSONEncoder", kw)?;
    let indent = indent_text(&o[5])?;
    let c_encoder = c_path && indent.is_none();
    let (item_separator, key_separator) = match &o[6] {
        Value::None if indent.is_some() => (",".to_string(), ": ".to_string()),
        Value::None => (", ".to_string(), ": ".to_string()),
        seps => {
            let mut two = crate::value::iterate::unpack(seps, 2)?.into_iter();
            let item = two.next().unwrap_or(Value::None);
            let key = two.next().unwrap_or(Value::None);
            let key = separator(key, 5, c_encoder)?;
            (separator(item, 6, c_encoder)?, key)
        }
    };
    Ok(EncodeOptions {
        skipkeys: truthy(&o[0])?,
        ensure_ascii: truthy(&o[1])?,
        check_circular: truthy(&o[2])?,
        allow_nan: truthy(&o[3])?,
        indent,
        item_separator,
        key_separator,
        default: some(&o[7]),
        sort_keys: truthy(&o[8])?,
        c_encoder,
    })
}

fn encoder_defaults() -> Vec<(&'static str, Value)> {
    let f = Value::FALSE;
    let t = Value::TRUE;
    let n = Value::None;
    kwdefaults(&ENCODER_OPTIONS, &[f.clone(), t.clone(), t.clone(), t, n.clone(), n.clone(), n.clone(), n, f])
}

fn frames(n: usize) -> PyResult<Vec<crate::rt::Frame>> {
    (0..n).map(|_| crate::rt::enter()).collect()
}

/// `json.dumps(obj, *, skipkeys=False, …, sort_keys=False, **kw)`.
fn dumps(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let params = Params::new(&["obj"]).kwonly(&ENCODER_OPTIONS).varkw("kw");
    let slots = bind("dumps", &params, &[], &encoder_defaults(), args, kwargs)?;
    if !matches!(slots[5], Value::None) {
        let _frame = crate::rt::enter()?;
        let encoder = instantiate(&slots[5], encoder_kwargs(&slots[1..10], &slots[10]))?;
        return call_method(&encoder, "encode", vec![slots[0].clone()], vec![]);
    }
    let _frames = frames(2)?; // dumps, JSONEncoder.encode
    let opts = encode_options(&slots[1..10], &slots[10], true)?;
    let mut out = String::new();
    {
        let mut sink = |chunk: String| -> PyResult<()> {
            out.push_str(&chunk);
            Ok(())
        };
        Encoder::new(&opts, &mut sink).encode(&slots[0], 0)?;
    }
    Ok(Value::Str(Str::from(out)))
}

/// `json.dump(obj, fp, *, …)`: each chunk goes to `fp.write` as CPython yields it.
fn dump(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let params = Params::new(&["obj", "fp"]).kwonly(&ENCODER_OPTIONS).varkw("kw");
    let slots = bind("dump", &params, &[], &encoder_defaults(), args, kwargs)?;
    let _frames = frames(1)?;
    if !matches!(slots[6], Value::None) {
        let encoder = instantiate(&slots[6], encoder_kwargs(&slots[2..11], &slots[11]))?;
        dump_with(&encoder, &slots[0], &slots[1])?;
        return Ok(Value::None);
    }
    let opts = encode_options(&slots[2..11], &slots[11], false)?;
    let fp = slots[1].clone();
    let mut sink = |chunk: String| -> PyResult<()> {
        call_method(&fp, "write", vec![Value::Str(Str::from(chunk))], vec![]).map(|_| ())
    };
    Encoder::new(&opts, &mut sink).suspending().encode(&slots[0], 0)?;
    Ok(Value::None)
}

/// The decoder options from the keyword slots (in `DECODER_OPTIONS` order) and `**kw`.
fn decode_options(o: &[Value], kw: &Value) -> PyResult<DecodeOptions> {
    let mut strict = true;
    if let Value::Dict(d) = kw {
        let mut d = d.borrow().clone();
        if let Some(v) = d.remove_str("strict") {
            strict = truthy(&v)?;
        }
        unexpected("JSONDecoder", &Value::Dict(Rc::new(std::cell::RefCell::new(d))))?;
    }
    // `parse_float or float`: a false value, or the type itself, is the default.
    let custom = |v: &Value, t: BuiltinType| -> PyResult<Option<Value>> {
        Ok(if !truthy(v)? || is_builtin(v, t) { None } else { Some(v.clone()) })
    };
    Ok(DecodeOptions {
        object_hook: some(&o[1]),
        parse_float: custom(&o[2], BuiltinType::Float)?,
        parse_int: custom(&o[3], BuiltinType::Int)?,
        parse_constant: if truthy(&o[4])? { Some(o[4].clone()) } else { None },
        object_pairs_hook: some(&o[5]),
        strict,
    })
}

fn decoder_defaults() -> Vec<(&'static str, Value)> {
    kwdefaults(&DECODER_OPTIONS, &[Value::None, Value::None, Value::None, Value::None, Value::None, Value::None])
}

/// The document as text: a `str`, or `bytes` in the encoding `json.detect_encoding` finds.
fn document(s: &Value) -> PyResult<Str> {
    match s {
        Value::Str(text) => {
            if text.as_str().starts_with('\u{feff}') {
                return Err(decode_error("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0));
            }
            Ok(text.clone())
        }
        Value::Bytes(b) => {
            let b: &[u8] = b;
            let wide = b.starts_with(&[0xfe, 0xff])
                || b.starts_with(&[0xff, 0xfe])
                || (b.len() >= 4 && (b[0] == 0 || b[1] == 0))
                || (b.len() == 2 && (b[0] == 0 || b[1] == 0));
            if wide {
                return Err(PyErr::untranslatable("json.loads of UTF-16 or UTF-32 bytes"));
            }
            let body = if b.starts_with(&[0xef, 0xbb, 0xbf]) { &b[3..] } else { b };
            if let Err(e) = std::str::from_utf8(body) {
                let at = e.valid_up_to();
                if body[at] == 0xed && body.get(at + 1).map_or(false, |c| (0xa0..0xc0).contains(c)) {
                    return Err(PyErr::untranslatable("json.loads of UTF-8 bytes holding a surrogate"));
                }
            }
            crate::value::builtins::decode_utf8(body)
        }
        other => Err(PyErr::type_error(format!(
            "the JSON object must be str, bytes or bytearray, not {}",
            other.type_name()
        ))),
    }
}

/// `json.loads(s, *, cls=None, object_hook=None, …, **kw)`.
fn loads(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let params = Params::new(&["s"]).kwonly(&DECODER_OPTIONS).varkw("kw");
    let slots = bind("loads", &params, &[], &decoder_defaults(), args, kwargs)?;
    loads_slots(&slots)
}

fn loads_slots(slots: &[Value]) -> PyResult<Value> {
    if !matches!(slots[1], Value::None) {
        let _frame = crate::rt::enter()?;
        let doc = document(&slots[0])?;
        let decoder = instantiate(&slots[1], decoder_kwargs(&slots[1..7], &slots[7]))?;
        return call_method(&decoder, "decode", vec![Value::Str(doc)], vec![]);
    }
    let _frames = frames(3)?; // loads, JSONDecoder.decode, JSONDecoder.raw_decode
    let doc = document(&slots[0])?;
    let opts = decode_options(&slots[1..7], &slots[7])?;
    let chars: Vec<char> = doc.as_str().chars().collect();
    let result = Scanner::new(&chars, &opts).decode();
    match result {
        Ok(v) => Ok(v),
        Err(Fail::At(msg, pos)) => Err(decode_error(msg, &doc, pos)),
        Err(Fail::Stop(pos)) => Err(decode_error("Expecting value", &doc, pos)),
        Err(Fail::Err(e)) => Err(e),
    }
}

/// `json.load(fp, **same)`: `loads(fp.read(), …)`.
fn load(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let params = Params::new(&["fp"]).kwonly(&DECODER_OPTIONS).varkw("kw");
    let mut slots = bind("load", &params, &[], &decoder_defaults(), args, kwargs)?;
    let _frame = crate::rt::enter()?;
    slots[0] = call_method(&slots[0], "read", vec![], vec![])?;
    loads_slots(&slots)
}

/// The keyword arguments `dumps` passes to `cls(...)`: every option but `cls`, then `**kw`.
fn encoder_kwargs(o: &[Value], kw: &Value) -> Kwargs {
    let order = [0, 1, 2, 3, 5, 6, 7, 8];
    let mut out: Kwargs = order.iter().map(|i| (Str::from(ENCODER_OPTIONS[*i]), o[*i].clone())).collect();
    out.extend(kw_items(kw));
    out
}

/// The keyword arguments `loads` passes to `cls(...)`: the hooks that are not `None`, then `**kw`.
fn decoder_kwargs(o: &[Value], kw: &Value) -> Kwargs {
    let mut out: Kwargs = Vec::new();
    for i in 1..6 {
        if !matches!(o[i], Value::None) {
            out.push((Str::from(DECODER_OPTIONS[i]), o[i].clone()));
        }
    }
    out.extend(kw_items(kw));
    out
}

fn kw_items(kw: &Value) -> Kwargs {
    match kw {
        Value::Dict(d) => d
            .borrow()
            .items()
            .into_iter()
            .map(|(k, v)| (crate::value::text::str_of(&k).unwrap_or_else(|_| Str::from("")), v))
            .collect(),
        _ => Vec::new(),
    }
}

pub fn build() -> Module {
    let error = Value::Class(decode_error_class());
    let decoder = Value::Module(Rc::new(module(
        "json.decoder",
        vec![("JSONDecodeError", error.clone()), ("JSONDecoder", Value::Class(decoder_class()))],
    )));
    let encoder = Value::Module(Rc::new(module("json.encoder", vec![("JSONEncoder", Value::Class(encoder_class()))])));
    module(
        "json",
        vec![
            func_kw("dumps", dumps),
            func_kw("dump", dump),
            func_kw("loads", loads),
            func_kw("load", load),
            ("JSONDecodeError", error),
            ("decoder", decoder),
            ("encoder", encoder),
            ("JSONEncoder", Value::Class(encoder_class())),
            ("JSONDecoder", Value::Class(decoder_class())),
        ],
    )
}
