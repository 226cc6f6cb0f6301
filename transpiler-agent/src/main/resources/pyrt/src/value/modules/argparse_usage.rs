//! What `ArgumentParser.error` prints: a one-line usage (CPython's `format_usage` without
//! its line wrapping, so only the last line, `prog: error: message`, is CPython's exactly)
//! and the message, then `SystemExit(2)`.

use super::argparse::nargs_code;
use super::objs::list_state;
use crate::exc::{PyErr, PyResult};
use crate::value::attr::getattr;
use crate::value::ops::truthy;
use crate::value::text::str_of;
use crate::value::Value;

fn s(v: &Value) -> PyResult<String> {
    Ok(str_of(v)?.to_string())
}

fn strings(v: &Value) -> PyResult<Vec<String>> {
    crate::value::iterate::collect(v)?.iter().map(s).collect()
}

fn option_strings(a: &Value) -> PyResult<Vec<String>> {
    strings(&getattr(a, "option_strings")?)
}

/// The usage line CPython prints before an error (without its line wrapping).
fn usage(parser: &Value) -> PyResult<String> {
    if let Value::Str(u) = getattr(parser, "usage")? {
        return Ok(format!("usage: {}", u.as_str().replace("%(prog)s", &s(&getattr(parser, "prog")?)?)));
    }
    let mut parts = vec![s(&getattr(parser, "prog")?)?];
    let actions = list_state(parser, "_actions")?.borrow().clone();
    let mut positionals = Vec::new();
    for a in &actions {
        let opts = option_strings(a)?;
        let metavar = match getattr(a, "metavar")? {
            Value::None => match getattr(a, "choices")? {
                Value::None => {
                    let d = s(&getattr(a, "dest")?)?;
                    if opts.is_empty() { d } else { d.to_uppercase() }
                }
                c => format!("{{{}}}", strings(&c)?.join(",")),
            },
            m => s(&m)?,
        };
        let args = match nargs_code(&getattr(a, "nargs")?)?.as_str() {
            "" => metavar.clone(),
            "?" => format!("[{}]", metavar),
            "*" => format!("[{} ...]", metavar),
            "+" => format!("{} [{} ...]", metavar, metavar),
            "0" => String::new(),
            n => vec![metavar.clone(); n.parse::<usize>().unwrap_or(1)].join(" "),
        };
        if opts.is_empty() {
            positionals.push(args);
        } else {
            let part = if args.is_empty() { opts[0].clone() } else { format!("{} {}", opts[0], args) };
            parts.push(if truthy(&getattr(a, "required")?)? { part } else { format!("[{}]", part) });
        }
    }
    parts.extend(positionals);
    Ok(format!("usage: {}", parts.join(" ")))
}

/// `parser.error(message)`: the usage and `prog: error: message` on stderr, then exit 2.
pub fn exit_with_error(parser: &Value, message: &str) -> PyErr {
    let prog = getattr(parser, "prog").and_then(|p| s(&p)).unwrap_or_default();
    let usage = usage(parser).unwrap_or_default();
    crate::value::builtins::write_stderr(&format!("{}\n{}: error: {}\n", usage, prog, message));
    crate::value::exception::error_of(crate::value::exception::exception_instance(
        &crate::value::exception::exception_class("SystemExit").expect("SystemExit exists"),
        vec![Value::int(2)],
    ))
}
