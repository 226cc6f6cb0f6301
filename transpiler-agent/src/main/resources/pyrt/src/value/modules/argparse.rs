//! `argparse`: `ArgumentParser` with `add_argument` (the store, store_const, store_true,
//! store_false, append, append_const, count, extend and version actions; `nargs` None, `?`,
//! `*`, `+` and N; `type`, `choices`, `default`, `required`, `dest`, `metavar`), mutually
//! exclusive groups, `set_defaults`, `parse_args` and `parse_known_args`, `Namespace`, after
//! CPython 3.12's Lib/argparse.py. The matching of argument strings to actions is in
//! argparse_match.rs. Help output (`-h`, `print_help`, `format_usage`, …), sub-commands and
//! `--` stop the program as untranslatable; errors print a usage line and
//! `prog: error: message` on stderr and exit with status 2, as CPython does.

use super::args::{module, take_kw};
use super::objs::{instance, list_state, method, runtime_class, set_state, state};
use crate::exc::{PyErr, PyResult};
use crate::value::attr::{getattr, setattr};
use crate::value::text::{repr_of, str_of};
use crate::value::{Class, Kwargs, Module, Value};
use std::rc::Rc;

pub fn namespace_class() -> Rc<Class> {
    runtime_class("argparse", "Namespace", vec![], || {
        vec![
            method("__init__", |this, args, kwargs| {
                super::args::arity("Namespace", &args, 0, 0)?;
                for (k, v) in kwargs {
                    setattr(this, k.as_str(), v)?;
                }
                Ok(Value::None)
            }),
            method("__repr__", |this, _, _| {
                let mut parts = Vec::new();
                if let Value::Instance(i) = this {
                    for (k, v) in i.dict.borrow().items() {
                        parts.push(format!("{}={}", str_of(&k)?.as_str(), repr_of(&v)?.as_str()));
                    }
                }
                Ok(Value::str(&format!("Namespace({})", parts.join(", "))))
            }),
            method("__eq__", |this, args, _| match (this, args.get(0)) {
                (Value::Instance(a), Some(Value::Instance(b))) if super::objs::is_a(&args[0], "argparse", "Namespace") => {
                    crate::value::compare::eq(&Value::Dict(a.dict.clone()), &Value::Dict(b.dict.clone()))
                }
                _ => Ok(Value::NotImplemented),
            }),
            method("__contains__", |this, args, _| match this {
                Value::Instance(i) => Ok(Value::Bool(i.dict.borrow().contains_key(&args[0])?)),
                _ => Ok(Value::FALSE),
            }),
        ]
    })
}

pub fn action_class() -> Rc<Class> {
    runtime_class("argparse", "Action", vec![], Vec::new)
}

pub fn error_class() -> Rc<Class> {
    crate::value::class::cached_class("argparse.ArgumentError", || {
        let base = crate::value::exception::exception_class("Exception").expect("Exception exists");
        crate::value::class::new_class("ArgumentError", "ArgumentError", "argparse", vec![base], None).expect("single base")
    })
}

/// `SUPPRESS`: a dest or default that keeps the attribute out of the namespace.
pub const SUPPRESS: &str = "==SUPPRESS==";

pub fn is_suppress(v: &Value) -> bool {
    matches!(v, Value::Str(s) if s.as_str() == SUPPRESS)
}

fn kw_or(kwargs: &mut Kwargs, name: &str, default: Value) -> Value {
    take_kw(kwargs, name).unwrap_or(default)
}

fn prefix_chars(parser: &Value) -> PyResult<String> {
    Ok(str_of(&getattr(parser, "prefix_chars")?)?.to_string())
}

/// `add_argument(*name_or_flags, **kwargs)`: the new action, after CPython's checks.
fn add_argument(parser: &Value, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let chars = prefix_chars(parser)?;
    let names: Vec<String> = args.iter().map(|a| str_of(a).map(|s| s.to_string())).collect::<PyResult<_>>()?;
    let positional = names.is_empty() || (names.len() == 1 && !names[0].starts_with(|c| chars.contains(c)));
    let kind = match take_kw(&mut kwargs, "action") {
        None => "store".to_string(),
        Some(Value::Str(s)) => s.to_string(),
        Some(Value::Class(c)) if c.name.as_str() == "BooleanOptionalAction" => "boolean_optional".to_string(),
        Some(_) => return Err(PyErr::untranslatable("argparse with a custom Action class")),
    };
    let known = ["store", "store_const", "store_true", "store_false", "append", "append_const", "count", "extend", "version", "help", "boolean_optional"];
    if !known.contains(&kind.as_str()) {
        return Err(PyErr::value_error(format!("unknown action \"{}\"", kind)));
    }
    let (option_strings, dest) = if positional {
        let dest = names.first().cloned().ok_or_else(|| PyErr::type_error("add_argument() missing the name of the argument"))?;
        if kwargs.iter().any(|(k, _)| k.as_str() == "dest") {
            return Err(PyErr::value_error("dest supplied twice for positional argument"));
        }
        (Vec::new(), dest)
    } else {
        for n in &names {
            if !n.starts_with(|c| chars.contains(c)) {
                return Err(PyErr::value_error(format!(
                    "invalid option string '{}': must start with a character '{}'",
                    n, chars
                )));
            }
        }
        let mut opts = names.clone();
        if kind == "boolean_optional" {
            for n in &names {
                if let Some(rest) = n.strip_prefix("--") {
                    opts.push(format!("--no-{}", rest));
                }
            }
        }
        let dest = match take_kw(&mut kwargs, "dest") {
            Some(d) => str_of(&d)?.to_string(),
            None => {
                let long = names.iter().find(|n| n.len() > 1 && chars.contains(n.chars().nth(1).unwrap_or(' ')));
                let first = long.unwrap_or(&names[0]);
                first.trim_start_matches(|c| chars.contains(c)).replace('-', "_")
            }
        };
        (opts, dest)
    };
    let default_given = kwargs.iter().any(|(k, _)| k.as_str() == "default");
    let parser_default = getattr(parser, "argument_default")?;
    let (nargs_default, const_default, default_default) = match kind.as_str() {
        "store_true" => (Value::int(0), Value::TRUE, Value::FALSE),
        "store_false" => (Value::int(0), Value::FALSE, Value::TRUE),
        "store_const" | "append_const" | "count" | "boolean_optional" => (Value::int(0), Value::None, parser_default.clone()),
        "help" | "version" => (Value::int(0), Value::None, Value::str(SUPPRESS)),
        _ => (Value::None, Value::None, parser_default.clone()),
    };
    let nargs = kw_or(&mut kwargs, "nargs", nargs_default);
    let konst = kw_or(&mut kwargs, "const", const_default);
    let default = kw_or(&mut kwargs, "default", default_default);
    let typ = kw_or(&mut kwargs, "type", Value::None);
    if let Value::Instance(_) = &typ {
        if !crate::value::attr::hasattr(&typ, "__call__")? {
            return Err(PyErr::value_error(format!("{} is not callable", repr_of(&typ)?.as_str())));
        }
    }
    let choices = kw_or(&mut kwargs, "choices", Value::None);
    let mut required = kw_or(&mut kwargs, "required", Value::FALSE);
    let help = kw_or(&mut kwargs, "help", Value::None);
    let metavar = kw_or(&mut kwargs, "metavar", Value::None);
    let version = kw_or(&mut kwargs, "version", Value::None);
    if let Some((k, _)) = kwargs.first() {
        return Err(PyErr::type_error(format!("{}.__init__() got an unexpected keyword argument '{}'", action_type_name(&kind), k.as_str())));
    }
    let nargs_s = nargs_code(&nargs)?;
    if positional {
        if nargs_s == "0" {
            return Err(PyErr::value_error("nargs for positionals must be != 0"));
        }
        if !matches!(nargs_s.as_str(), "?" | "*" | "..." | SUPPRESS) || (nargs_s == "*" && !default_given) {
            required = Value::TRUE;
        }
    } else if kind == "store" || kind == "append" {
        if nargs_s == "0" {
            return Err(PyErr::value_error("nargs for store actions must be != 0; if you have nothing to store, actions such as store true or store const may be more appropriate"));
        }
    }
    if matches!(nargs_s.as_str(), "..." | "A...") {
        return Err(PyErr::untranslatable("argparse nargs=REMAINDER or PARSER"));
    }
    let action = instance(
        &action_class(),
        vec![
            ("option_strings", Value::list(option_strings.iter().map(|s| Value::str(s)).collect())),
            ("dest", Value::str(&dest)),
            ("nargs", nargs),
            ("const", konst),
            ("default", default),
            ("type", typ),
            ("choices", choices),
            ("required", required),
            ("help", help),
            ("metavar", metavar),
            ("version", version),
            ("__kind__", Value::str(&kind)),
        ],
    );
    let actions = list_state(parser, "_actions")?;
    for existing in actions.borrow().iter() {
        for o in crate::value::iterate::collect(&getattr(existing, "option_strings")?)? {
            if option_strings.iter().any(|s| s.as_str() == str_of(&o).map(|x| x.to_string()).unwrap_or_default()) {
                let msg = format!("argument {}: conflicting option string: {}", option_strings.join("/"), str_of(&o)?.as_str());
                return Err(crate::value::exception::error_of(crate::value::exception::exception_instance(&error_class(), vec![Value::str(&msg)])));
            }
        }
    }
    actions.borrow_mut().push(action.clone());
    Ok(action)
}

fn action_type_name(kind: &str) -> &'static str {
    match kind {
        "store_true" => "_StoreTrueAction",
        "store_false" => "_StoreFalseAction",
        "store_const" => "_StoreConstAction",
        "append" => "_AppendAction",
        "append_const" => "_AppendConstAction",
        "count" => "_CountAction",
        "extend" => "_ExtendAction",
        "version" => "_VersionAction",
        "help" => "_HelpAction",
        "boolean_optional" => "BooleanOptionalAction",
        _ => "_StoreAction",
    }
}

/// `nargs` as a code: "" (None), "?", "*", "+", "...", "A...", or the count.
pub fn nargs_code(v: &Value) -> PyResult<String> {
    Ok(match v {
        Value::None => String::new(),
        Value::Int(_) => super::args::to_i64(v)?.to_string(),
        Value::Str(s) => s.to_string(),
        other => return Err(PyErr::value_error(format!("invalid nargs value: {}", repr_of(other)?.as_str()))),
    })
}

fn new_parser(this: &Value, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let names = ["prog", "usage", "description", "epilog", "parents", "formatter_class", "prefix_chars", "fromfile_prefix_chars", "argument_default", "conflict_handler", "add_help", "allow_abbrev", "exit_on_error"];
    if args.len() > names.len() {
        return Err(PyErr::type_error("ArgumentParser() takes too many positional arguments"));
    }
    let mut given: Vec<(&str, Value)> = names.iter().copied().zip(args).collect();
    for n in names {
        if let Some(v) = take_kw(&mut kwargs, n) {
            given.push((n, v));
        }
    }
    super::args::no_more_kwargs("ArgumentParser", &kwargs)?;
    let get = |n: &str| given.iter().find(|(k, _)| *k == n).map(|(_, v)| v.clone());
    let prog = match get("prog") {
        Some(p) if !matches!(p, Value::None) => p,
        _ => {
            let argv0 = crate::value::iterate::collect(&getattr(&super::import_module("sys")?, "argv")?)?;
            let a = argv0.first().map(|v| str_of(v).map(|s| s.to_string())).transpose()?.unwrap_or_default();
            Value::str(a.rsplit('/').next().unwrap_or(&a))
        }
    };
    if get("fromfile_prefix_chars").map_or(false, |v| !matches!(v, Value::None)) {
        return Err(PyErr::untranslatable("argparse fromfile_prefix_chars (reads files)"));
    }
    set_state(this, "prog", prog);
    for (n, default) in [
        ("usage", Value::None),
        ("description", Value::None),
        ("epilog", Value::None),
        ("prefix_chars", Value::str("-")),
        ("argument_default", Value::None),
        ("allow_abbrev", Value::TRUE),
        ("exit_on_error", Value::TRUE),
    ] {
        set_state(this, n, get(n).unwrap_or(default));
    }
    set_state(this, "_actions", Value::list(vec![]));
    set_state(this, "_groups", Value::list(vec![]));
    set_state(this, "_defaults", Value::dict(vec![])?);
    if let Some(parents) = get("parents") {
        for p in crate::value::iterate::collect(&parents)? {
            let theirs = list_state(&p, "_actions")?.borrow().clone();
            list_state(this, "_actions")?.borrow_mut().extend(theirs.into_iter().filter(|a| {
                !matches!(getattr(a, "__kind__").ok().and_then(|k| str_of(&k).ok()).map(|k| k.to_string()).as_deref(), Some("help"))
            }));
        }
    }
    let add_help = match get("add_help") {
        Some(v) => crate::value::ops::truthy(&v)?,
        None => true,
    };
    if add_help {
        let chars = prefix_chars(this)?;
        let c = chars.chars().next().unwrap_or('-');
        add_argument(
            this,
            vec![Value::str(&format!("{}h", c)), Value::str(&format!("{}{}help", c, c))],
            vec![
                (crate::str::Str::from("action"), Value::str("help")),
                (crate::str::Str::from("help"), Value::str("show this help message and exit")),
            ],
        )?;
        // `parents` put their actions after -h, as CPython's add order does.
        let actions = list_state(this, "_actions")?;
        let mut v = actions.borrow_mut();
        let h = v.pop();
        if let Some(h) = h {
            v.insert(0, h);
        }
    }
    Ok(Value::None)
}

fn parser_class() -> Rc<Class> {
    runtime_class("argparse", "ArgumentParser", vec![], || {
        vec![
            method("__init__", new_parser),
            method("add_argument", |this, args, kwargs| add_argument(this, args, kwargs)),
            method("add_argument_group", |this, _, _| Ok(this.clone())),
            method("add_mutually_exclusive_group", |this, args, mut kwargs| {
                let required = args.into_iter().next().or_else(|| take_kw(&mut kwargs, "required")).unwrap_or(Value::FALSE);
                let group = instance(&group_class(), vec![("_parser", this.clone()), ("required", required), ("_group_actions", Value::list(vec![]))]);
                list_state(this, "_groups")?.borrow_mut().push(group.clone());
                Ok(group)
            }),
            method("set_defaults", |this, args, kwargs| {
                super::args::arity("set_defaults", &args, 0, 0)?;
                let defaults = state(this, "_defaults")?;
                for (k, v) in kwargs {
                    crate::value::func::call_method(&defaults, "__setitem__", vec![Value::Str(k.clone()), v.clone()], vec![])?;
                    for a in list_state(this, "_actions")?.borrow().iter() {
                        if str_of(&getattr(a, "dest")?)?.as_str() == k.as_str() {
                            setattr(a, "default", v.clone())?;
                        }
                    }
                }
                Ok(Value::None)
            }),
            method("get_default", |this, args, _| {
                super::args::arity("get_default", &args, 1, 1)?;
                for a in list_state(this, "_actions")?.borrow().iter() {
                    if crate::value::compare::eq_bool(&getattr(a, "dest")?, &args[0])? {
                        return getattr(a, "default");
                    }
                }
                crate::value::func::call_method(&state(this, "_defaults")?, "get", vec![args[0].clone()], vec![])
            }),
            method("parse_args", |this, args, kwargs| super::argparse_match::parse_args(this, args, kwargs, false)),
            method("parse_known_args", |this, args, kwargs| super::argparse_match::parse_args(this, args, kwargs, true)),
            method("error", |this, args, _| {
                super::args::arity("error", &args, 1, 1)?;
                Err(super::argparse_match::exit_with_error(this, str_of(&args[0])?.as_str()))
            }),
            method("exit", |_, args, _| {
                let status = args.get(0).cloned().unwrap_or(Value::int(0));
                if let Some(m) = args.get(1) {
                    crate::value::builtins::write_stderr(str_of(m)?.as_str());
                }
                Err(crate::value::exception::error_of(crate::value::exception::exception_instance(
                    &crate::value::exception::exception_class("SystemExit").expect("SystemExit exists"),
                    vec![status],
                )))
            }),
            method("format_usage", |_, _, _| Err(PyErr::untranslatable("argparse usage and help text"))),
            method("format_help", |_, _, _| Err(PyErr::untranslatable("argparse usage and help text"))),
            method("print_usage", |_, _, _| Err(PyErr::untranslatable("argparse usage and help text"))),
            method("print_help", |_, _, _| Err(PyErr::untranslatable("argparse usage and help text"))),
            method("add_subparsers", |_, _, _| Err(PyErr::untranslatable("argparse sub-commands (add_subparsers)"))),
        ]
    })
}

fn group_class() -> Rc<Class> {
    runtime_class("argparse", "_MutuallyExclusiveGroup", vec![], || {
        vec![method("add_argument", |this, args, kwargs| {
            let parser = state(this, "_parser")?;
            let action = add_argument(&parser, args, kwargs)?;
            if crate::value::ops::truthy(&getattr(&action, "required")?)? {
                return Err(PyErr::value_error("mutually exclusive arguments must be optional"));
            }
            list_state(this, "_group_actions")?.borrow_mut().push(action.clone());
            Ok(action)
        })]
    })
}

pub fn build() -> Module {
    module(
        "argparse",
        vec![
            ("ArgumentParser", Value::Class(parser_class())),
            ("Namespace", Value::Class(namespace_class())),
            ("Action", Value::Class(action_class())),
            ("ArgumentError", Value::Class(error_class())),
            ("ArgumentTypeError", Value::Class(type_error_class())),
            ("BooleanOptionalAction", Value::Class(runtime_class("argparse", "BooleanOptionalAction", vec![action_class()], Vec::new))),
            ("SUPPRESS", Value::str(SUPPRESS)),
            ("OPTIONAL", Value::str("?")),
            ("ZERO_OR_MORE", Value::str("*")),
            ("ONE_OR_MORE", Value::str("+")),
            ("REMAINDER", Value::str("...")),
            ("HelpFormatter", Value::Class(runtime_class("argparse", "HelpFormatter", vec![], Vec::new))),
            ("RawTextHelpFormatter", Value::Class(runtime_class("argparse", "RawTextHelpFormatter", vec![], Vec::new))),
            ("RawDescriptionHelpFormatter", Value::Class(runtime_class("argparse", "RawDescriptionHelpFormatter", vec![], Vec::new))),
            ("ArgumentDefaultsHelpFormatter", Value::Class(runtime_class("argparse", "ArgumentDefaultsHelpFormatter", vec![], Vec::new))),
        ],
    )
}

pub fn type_error_class() -> Rc<Class> {
    crate::value::class::cached_class("argparse.ArgumentTypeError", || {
        let base = crate::value::exception::exception_class("Exception").expect("Exception exists");
        crate::value::class::new_class("ArgumentTypeError", "ArgumentTypeError", "argparse", vec![base], None).expect("single base")
    })
}
