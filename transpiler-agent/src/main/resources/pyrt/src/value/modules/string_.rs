//! The `string` module: its character-class constants and `capwords`.

use super::args::{arity, func_kw, module, no_more_kwargs, take_kw};
use crate::value::func::call_method;
use crate::value::iterate::collect;
use crate::value::{Module, Value};

/// `capwords(s, sep=None)`: `(sep or ' ').join(w.capitalize() for w in s.split(sep))`.
fn capwords(mut args: Vec<Value>, mut kwargs: crate::value::Kwargs) -> crate::exc::PyResult<Value> {
    if let Some(sep) = take_kw(&mut kwargs, "sep") {
        args.push(sep);
    }
    no_more_kwargs("capwords", &kwargs)?;
    arity("capwords", &args, 1, 2)?;
    let sep = args.get(1).cloned().unwrap_or(Value::None);
    let words = collect(&call_method(&args[0], "split", vec![sep.clone()], vec![])?)?;
    let caps = words
        .iter()
        .map(|w| call_method(w, "capitalize", vec![], vec![]))
        .collect::<crate::exc::PyResult<Vec<Value>>>()?;
    let joiner = match sep {
        Value::None => Value::str(" "),
        Value::Str(ref s) if s.as_str().is_empty() => Value::str(" "),
        s => s,
    };
    call_method(&joiner, "join", vec![Value::list(caps)], vec![])
}

pub fn build() -> Module {
    let lower = "abcdefghijklmnopqrstuvwxyz";
    let upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let digits = "0123456789";
    let punct = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    let ws = " \t\n\r\x0b\x0c";
    let letters = format!("{}{}", lower, upper);
    module(
        "string",
        vec![
            ("ascii_lowercase", Value::str(lower)),
            ("ascii_uppercase", Value::str(upper)),
            ("ascii_letters", Value::str(&letters)),
            ("digits", Value::str(digits)),
            ("hexdigits", Value::str("0123456789abcdefABCDEF")),
            ("octdigits", Value::str("01234567")),
            ("punctuation", Value::str(punct)),
            ("whitespace", Value::str(ws)),
            ("printable", Value::str(&format!("{}{}{}{}", digits, letters, punct, ws))),
            func_kw("capwords", capwords),
        ],
    )
}
