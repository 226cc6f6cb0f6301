//! `argparse`: `ArgumentParser` with `add_argument` (the store, store_const, store_true,
//! store_false, append, append_const, count, extend, help and version actions; `nargs` None,
//! `?`, `*`, `+` and N; `type`, `choices`, `default`, `required`, `dest`, `metavar`),
//! argument groups and mutually exclusive groups (argparse_groups.rs), `set_defaults`,
//! `parse_args` and `parse_known_args`, `Namespace`, sub-commands (argparse_sub.rs), after
//! CPython 3.12's Lib/argparse.py. The matching of argument strings to actions is in
//! argparse_match.rs; help and usage text (`-h`, `print_help`, `format_usage`, the
//! `HelpFormatter` classes) in argparse_help.rs and argparse_usage.rs. `--` among the
//! arguments, `nargs=REMAINDER`, custom `Action` classes and `fromfile_prefix_chars` stop
//! the program as untranslatable; errors print the usage and `prog: error: message` on
//! stderr and exit with status 2, as CPython does.

use super::args::{module, take_kw};
use super::objs::{instance, list_state, method, method_kw, runtime_class, set_state, state};
use crate::exc::{PyErr, PyResult};
use crate::value::attr::{getattr, setattr};
use crate::value::text::{repr_of, str_of};
use crate::value::{Class, Kwargs, Module, Value};
use std::rc::Rc;

pub fn namespace_class() -> Rc<Class> {
    runtime_class("argparse", "Namespace", vec![], || {
        vec![
            method_kw("__init__", |this, args, kwargs| {
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

/// The action `add_argument(*name_or_flags, **kwargs)` makes, after CPython's checks (not
/// yet added to the parser: see `argparse_groups::add_action`).
pub fn make_action(parser: &Value, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
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
    // `add_argument` without `default=`: the parser's `set_defaults` value for the dest, else
    // its `argument_default` when not None (which then overrides the action's own default).
    let inherited = if default_given {
        None
    } else {
        let defaults = state(parser, "_defaults")?;
        if crate::value::compare::contains(&defaults, &Value::str(&dest))? {
            Some(crate::value::func::call_method(&defaults, "__getitem__", vec![Value::str(&dest)], vec![])?)
        } else if !matches!(parser_default, Value::None) {
            Some(parser_default.clone())
        } else {
            None
        }
    };
    let default = match inherited {
        Some(v) => v,
        None => kw_or(&mut kwargs, "default", default_default),
    };
    let typ = kw_or(&mut kwargs, "type", Value::None);
    if let Value::Instance(_) = &typ {
        if !crate::value::attr::hasattr(&typ, "__call__")? {
            return Err(PyErr::value_error(format!("{} is not callable", repr_of(&typ)?.as_str())));
        }
    }
    let choices = kw_or(&mut kwargs, "choices", Value::None);
    let mut required = kw_or(&mut kwargs, "required", Value::FALSE);
    let help_default = if kind == "version" { Value::str("show program's version number and exit") } else { Value::None };
    let help = kw_or(&mut kwargs, "help", help_default);
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
    Ok(action)
}

/// `_add_action`'s part for the parser: CPython's conflict check, then the action is the
/// parser's.
pub fn register(parser: &Value, action: &Value) -> PyResult<()> {
    let mine = super::argparse_help::option_strings(action)?;
    let actions = list_state(parser, "_actions")?;
    let mut conflicting = Vec::new();
    for existing in actions.borrow().iter() {
        for o in super::argparse_help::option_strings(existing)? {
            if mine.contains(&o) && !conflicting.contains(&o) {
                conflicting.push(o);
            }
        }
    }
    if !conflicting.is_empty() {
        let msg = format!(
            "argument {}: conflicting option string{}: {}",
            mine.join("/"),
            if conflicting.len() == 1 { "" } else { "s" },
            conflicting.join(", ")
        );
        return Err(crate::value::exception::error_of(crate::value::exception::exception_instance(&error_class(), vec![Value::str(&msg)])));
    }
    actions.borrow_mut().push(action.clone());
    Ok(())
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
    if get("conflict_handler").map_or(false, |v| !matches!(&v, Value::Str(s) if s.as_str() == "error")) {
        return Err(PyErr::untranslatable("argparse conflict_handler other than 'error'"));
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
        ("formatter_class", Value::Class(formatter_class("HelpFormatter"))),
    ] {
        set_state(this, n, get(n).unwrap_or(default));
    }
    set_state(this, "_actions", Value::list(vec![]));
    set_state(this, "_groups", Value::list(vec![]));
    set_state(this, "_action_groups", Value::list(vec![]));
    set_state(this, "_defaults", Value::dict(vec![])?);
    set_state(this, "_subparsers", Value::None);
    let positionals = super::argparse_groups::new_group(this, Value::str("positional arguments"), Value::None)?;
    let optionals = super::argparse_groups::new_group(this, Value::str("options"), Value::None)?;
    set_state(this, "_positionals", positionals);
    set_state(this, "_optionals", optionals);
    let add_help = match get("add_help") {
        Some(v) => crate::value::ops::truthy(&v)?,
        None => true,
    };
    if add_help {
        let chars = prefix_chars(this)?;
        let c = if chars.contains('-') { '-' } else { chars.chars().next().unwrap_or('-') };
        super::argparse_groups::add_to(
            this,
            vec![Value::str(&format!("{}h", c)), Value::str(&format!("{}{}help", c, c))],
            vec![
                (crate::str::Str::from("action"), Value::str("help")),
                (crate::str::Str::from("default"), Value::str(SUPPRESS)),
                (crate::str::Str::from("help"), Value::str("show this help message and exit")),
            ],
        )?;
    }
    if let Some(parents) = get("parents") {
        for p in crate::value::iterate::collect(&parents)? {
            super::argparse_groups::add_container_actions(this, &p)?;
            let theirs = state(&p, "_defaults")?;
            crate::value::func::call_method(&state(this, "_defaults")?, "update", vec![theirs], vec![])?;
        }
    }
    Ok(Value::None)
}

fn parser_class() -> Rc<Class> {
    runtime_class("argparse", "ArgumentParser", vec![], || {
        vec![
            method_kw("__init__", new_parser),
            method_kw("add_argument", |this, args, kwargs| super::argparse_groups::add_to(this, args, kwargs)),
            method_kw("add_argument_group", super::argparse_groups::add_argument_group),
            method_kw("add_mutually_exclusive_group", super::argparse_groups::add_mutually_exclusive_group),
            method_kw("set_defaults", |this, args, kwargs| {
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
            method_kw("parse_args", |this, args, kwargs| super::argparse_match::parse_args(this, args, kwargs, false)),
            method_kw("parse_known_args", |this, args, kwargs| super::argparse_match::parse_args(this, args, kwargs, true)),
            method("error", |this, args, _| {
                super::args::arity("error", &args, 1, 1)?;
                Err(super::argparse_match::exit_with_error(this, str_of(&args[0])?.as_str()))
            }),
            method_kw("exit", |_, args, mut kwargs| {
                let mut it = args.into_iter();
                let status = it.next().or_else(|| take_kw(&mut kwargs, "status")).unwrap_or(Value::int(0));
                let message = it.next().or_else(|| take_kw(&mut kwargs, "message")).unwrap_or(Value::None);
                if crate::value::ops::truthy(&message)? {
                    super::argparse_usage::print_to(None, "stderr", str_of(&message)?.as_str())?;
                }
                Err(crate::value::exception::error_of(crate::value::exception::exception_instance(
                    &crate::value::exception::exception_class("SystemExit").expect("SystemExit exists"),
                    vec![status],
                )))
            }),
            method("format_usage", |this, _, _| Ok(Value::str(&super::argparse_usage::format_usage(this)?))),
            method("format_help", |this, _, _| Ok(Value::str(&super::argparse_help::format_help(this)?))),
            method_kw("print_usage", |this, args, mut kwargs| {
                let file = args.into_iter().next().or_else(|| take_kw(&mut kwargs, "file"));
                super::argparse_usage::print_to(file, "stdout", &super::argparse_usage::format_usage(this)?)?;
                Ok(Value::None)
            }),
            method_kw("print_help", |this, args, mut kwargs| {
                let file = args.into_iter().next().or_else(|| take_kw(&mut kwargs, "file"));
                super::argparse_usage::print_to(file, "stdout", &super::argparse_help::format_help(this)?)?;
                Ok(Value::None)
            }),
            method_kw("add_subparsers", super::argparse_sub::add_subparsers),
        ]
    })
}

/// `argparse.HelpFormatter` and its subclasses (what they change is read from a parser's
/// `formatter_class` by `argparse_help`).
pub fn formatter_class(name: &str) -> Rc<Class> {
    let bases = match name {
        "HelpFormatter" => vec![],
        "RawTextHelpFormatter" => vec![formatter_class("RawDescriptionHelpFormatter")],
        _ => vec![formatter_class("HelpFormatter")],
    };
    runtime_class("argparse", name, bases, || if name == "HelpFormatter" { vec![method_kw("__init__", init_formatter)] } else { Vec::new() })
}

/// `HelpFormatter.__init__(prog, indent_increment=2, max_help_position=24, width=None)`.
fn init_formatter(this: &Value, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let mut it = args.into_iter();
    let mut arg = |name: &str| it.next().or_else(|| take_kw(&mut kwargs, name));
    let prog = arg("prog").ok_or_else(|| PyErr::type_error("HelpFormatter.__init__() missing 1 required positional argument: 'prog'"))?;
    let increment = arg("indent_increment").unwrap_or(Value::int(2));
    let max_help = arg("max_help_position").unwrap_or(Value::int(24));
    let width = arg("width").unwrap_or(Value::None);
    super::args::no_more_kwargs("HelpFormatter.__init__", &kwargs)?;
    let width = match width {
        Value::None => super::argparse_help::terminal_columns()? - 2,
        w => super::args::to_i64(&w)?,
    };
    let inc = super::args::to_i64(&increment)?;
    let max_help = super::args::to_i64(&max_help)?.min((width - 20).max(inc * 2));
    for (k, v) in [("_prog", prog), ("_indent_increment", Value::int(inc)), ("_max_help_position", Value::int(max_help)), ("_width", Value::int(width))] {
        setattr(this, k, v)?;
    }
    Ok(Value::None)
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
            ("HelpFormatter", Value::Class(formatter_class("HelpFormatter"))),
            ("RawTextHelpFormatter", Value::Class(formatter_class("RawTextHelpFormatter"))),
            ("RawDescriptionHelpFormatter", Value::Class(formatter_class("RawDescriptionHelpFormatter"))),
            ("ArgumentDefaultsHelpFormatter", Value::Class(formatter_class("ArgumentDefaultsHelpFormatter"))),
            ("MetavarTypeHelpFormatter", Value::Class(formatter_class("MetavarTypeHelpFormatter"))),
            ("PARSER", Value::str("A...")),
        ],
    )
}

pub fn type_error_class() -> Rc<Class> {
    crate::value::class::cached_class("argparse.ArgumentTypeError", || {
        let base = crate::value::exception::exception_class("Exception").expect("Exception exists");
        crate::value::class::new_class("ArgumentTypeError", "ArgumentTypeError", "argparse", vec![base], None).expect("single base")
    })
}
